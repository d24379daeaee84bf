namespace CareerClusters.Web.Features.Shared;

/// <summary>
/// "Send to my class", first step (<c>_FindClass.cshtml</c>): a class code, sent by GET to the class's join page, which
/// names the class and asks for a name before anything is stored. On a survey result it carries the result's code.
/// One per page: its elements have fixed ids.
/// </summary>
/// <param name="ResultCode">The survey result to send, when the page has one.</param>
/// <param name="TypedCode">The class code typed before, when the form comes back.</param>
public sealed record FindClassForm(string? ResultCode = null, string TypedCode = "")
{
    /// <summary>Room for a code typed with spaces or dashes ("K7M 4PX").</summary>
    public const int CodeFieldLength = 12;
}

namespace CareerClusters.Web.Features.Shared;

/// <summary>
/// The "Send to my class" form (<c>_SendToClass.cshtml</c>): a survey result's code, sent to a class's board with a
/// class code and an optional first name or initials. On a result page the student types the code; on a class's join
/// page the code is the page's. One per page: its elements have fixed ids.
/// </summary>
/// <param name="ResultCode">The survey result to send (a result link's code).</param>
/// <param name="ClassCode">The class's code when the page knows it (a join page); null to ask for it.</param>
/// <param name="Name">The name typed before, when the form comes back.</param>
/// <param name="TypedCode">The class code typed before, when the form comes back.</param>
public sealed record SendToClass(string ResultCode, string? ClassCode = null, string Name = "", string TypedCode = "")
{
    /// <summary>Room for a code typed with spaces or dashes ("K7M 4PX").</summary>
    public const int CodeFieldLength = 12;
}

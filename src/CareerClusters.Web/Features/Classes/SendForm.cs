namespace CareerClusters.Web.Features.Classes;

/// <summary>
/// The "Send to my class" form of a class's join page (<c>_SendForm.cshtml</c>): a survey result's code, sent to the
/// class with an optional first name or initials. One per page: its elements have fixed ids.
/// </summary>
/// <param name="ResultCode">The survey result to send (a result link's code).</param>
/// <param name="ClassCode">The class's join code.</param>
/// <param name="Name">The name typed before, when the form comes back.</param>
public sealed record SendForm(string ResultCode, string ClassCode, string Name = "");

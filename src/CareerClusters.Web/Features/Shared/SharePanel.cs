namespace CareerClusters.Web.Features.Shared;

/// <summary>
/// The share panel of a page (<c>_SharePanel.cshtml</c>): its full link, a QR code, "Copy link", "Print" and, on pages a
/// counselor can put on a list, "Add to a list". In a page's header it sits folded behind one "Share" button
/// (<c>_ShareControl.cshtml</c>). Printed, the page starts with this link and code. One per page: its elements have fixed ids.
/// </summary>
/// <param name="Path">The page's canonical path (with the query of a survey result); it must be a page the QR endpoint accepts.</param>
/// <param name="Title">The page's title, for the QR code's description.</param>
/// <param name="Heading">The panel's heading.</param>
/// <param name="Note">A sentence under the heading, or null.</param>
/// <param name="OfferList">Whether the panel offers "Add to a list" for this page (cluster, pathway, job and crosswalk pages).</param>
public sealed record SharePanel(string Path, string Title, string Heading = "Share or print this page", string? Note = null, bool OfferList = false);

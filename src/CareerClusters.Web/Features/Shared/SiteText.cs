namespace CareerClusters.Web.Features.Shared;

/// <summary>
/// The text catalogue for wording made in C# (page titles and descriptions, breadcrumbs, "On this page" labels): a
/// mapping takes an <c>IStringLocalizer&lt;SiteText&gt;</c> and writes <c>text["Jobs to explore"]</c>. As with the
/// views, the English text is the key; another language adds Resources/Features/Shared/SiteText.{culture}.resx.
/// </summary>
public sealed class SiteText;

using System.Net;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using CareerClusters.Web.Data;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Shared;

/// <summary>
/// Links inside a page stay in the page's language: views and content write English addresses, and on a Spanish page
/// each one that has a Spanish page gets the /es prefix (<see cref="SitePaths.InLanguage"/>). Three places cover a page:
/// this class for HTML made at import (content bodies), <see cref="LanguageLinkTagHelper"/> for the views' own links and
/// forms, and <see cref="LanguageAwareViewLocalizer"/> for links inside a sentence of the text catalogue.
/// </summary>
public static partial class LanguageLinks
{
    /// <summary>The HTML with its links to this site's pages in the request's language (Markdig writes every link as href="...").</summary>
    public static string InHtml(string html)
    {
        string culture = SiteCultures.Current;
        return culture == SiteCultures.Default || !html.Contains("href=\"/", StringComparison.Ordinal)
            ? html
            : SiteHref().Replace(html, match => $"href=\"{SitePaths.InLanguage(match.Groups[1].Value, culture)}\"");
    }

    [GeneratedRegex("href=\"(/[^\"]*)\"")]
    private static partial Regex SiteHref();
}

/// <summary>
/// The views' links and forms in the request's language (a search box's suggestion address is written with SitePaths.InLanguage). A link that names its own language (the
/// language switch, hreflang="en") is left as it is.
/// </summary>
[HtmlTargetElement("a", Attributes = "href")]
[HtmlTargetElement("form", Attributes = "action")]
[HtmlTargetElement("button", Attributes = "formaction")]
public sealed class LanguageLinkTagHelper : TagHelper
{
    private static readonly string[] Attributes = ["href", "action", "formaction"];

    /// <summary>After ASP.NET Core's own helpers (they resolve "~/" first).</summary>
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        string culture = SiteCultures.Current;
        if (culture == SiteCultures.Default || output.Attributes.ContainsName("hreflang"))
        {
            return;
        }
        foreach (string name in Attributes)
        {
            if (output.Attributes.TryGetAttribute(name, out var attribute) && TextOf(attribute.Value) is { } value && value.StartsWith('/'))
            {
                string localized = SitePaths.InLanguage(value, culture);
                if (!ReferenceEquals(localized, value) && localized != value)
                {
                    output.Attributes.SetAttribute(name, localized);
                }
            }
        }
    }

    /// <summary>The attribute's value as text: a string as it is, HTML (a value with parts, "@a#b") decoded.</summary>
    private static string? TextOf(object? value) => value switch
    {
        null => null,
        string text => text,
        HtmlString html => WebUtility.HtmlDecode(html.Value),
        IHtmlContent content => Decoded(content),
        _ => value.ToString(),
    };

    private static string Decoded(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Default);
        return WebUtility.HtmlDecode(writer.ToString());
    }
}

/// <summary>
/// The view localizer, with each argument that is an address of this site put in the request's language: a sentence
/// such as "See &lt;a href="{0}"&gt;the crosswalk&lt;/a&gt;." then links the Spanish page from a Spanish one.
/// </summary>
public sealed class LanguageAwareViewLocalizer(ViewLocalizer inner) : IViewLocalizer, IViewContextAware
{
    public LocalizedHtmlString this[string name] => inner[name];

    public LocalizedHtmlString this[string name, params object[] arguments] => inner[name, InLanguage(arguments)];

    public LocalizedString GetString(string name) => inner.GetString(name);

    public LocalizedString GetString(string name, params object[] arguments) => inner.GetString(name, InLanguage(arguments));

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

    public void Contextualize(ViewContext viewContext) => inner.Contextualize(viewContext);

    private static object[] InLanguage(object[] arguments)
    {
        string culture = SiteCultures.Current;
        return culture == SiteCultures.Default ? arguments : [.. arguments.Select(a => a is string text ? SitePaths.InLanguage(text, culture) : a)];
    }
}

using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareerClusters.Web.Features.Home;

/// <summary>Reads the home page's content and the clusters it shows (values only; <see cref="HomePages"/> words the page).</summary>
public sealed class HomeQueries(ContentDbContext db, IOptions<FrameworkOptions> frameworks)
{
    public async Task<HomeDetails> HomeAsync(CancellationToken cancellationToken)
    {
        var home = await db.SitePages.Where(p => p.Key == "home").Select(p => new { p.Title, p.Summary, p.Sections }).FirstAsync(cancellationToken);
        string framework = frameworks.Value.Default;
        var clusters = await ClusterCards.AllAsync(db, framework, cancellationToken);
        if (clusters.Count == 0)
        {
            // A content folder without the chosen framework's files still has a home page.
            framework = frameworks.Value.Other;
            clusters = await ClusterCards.AllAsync(db, framework, cancellationToken);
        }
        // The cards are in the request's language already (ClusterCards); the home page's own words are its translation's, or English.
        var words = await TranslatedTexts.ForAsync(db, [TextKey.Home], cancellationToken);
        return words.Of(TextKey.Home) is { } translated
            ? new HomeDetails(translated.Title, translated.Summary ?? home.Summary, translated.Sections, framework, clusters)
            : new HomeDetails(home.Title, home.Summary, home.Sections, framework, clusters) { TextLang = words.FallbackLang(TextKey.Home) };
    }
}

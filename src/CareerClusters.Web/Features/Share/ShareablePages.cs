using CareerClusters.Web.Features.Shared;
using CareerClusters.Web.Features.Sitemap;
using CareerClusters.Web.Features.Survey;

namespace CareerClusters.Web.Features.Share;

/// <summary>
/// Says whether an address is a page of this site that may be shared: QR codes are made for those only, so the site is
/// no QR generator for anyone's links. One implementation per kind of page; a new kind of shareable page (a counselor's
/// list) registers its own with <c>services.AddScoped&lt;IShareablePages, …&gt;()</c>.
/// </summary>
public interface IShareablePages
{
    /// <param name="path">A canonical path, like /clusters/health-science.</param>
    /// <param name="query">Its query string without the "?", or empty.</param>
    Task<bool> IsPageAsync(string path, string query, CancellationToken cancellationToken);
}

/// <summary>Home, the lists, and every cluster, pathway, occupation and guide: the pages of the sitemap.</summary>
public sealed class ContentPagesToShare(PageQueries pages) : IShareablePages
{
    public Task<bool> IsPageAsync(string path, string query, CancellationToken cancellationToken) =>
        query.Length == 0 ? pages.ExistsAsync(path, cancellationToken) : Task.FromResult(false);
}

/// <summary>A survey result that reads with the current statements, with or without a valid education plan.</summary>
public sealed class SurveyResultsToShare(SurveyQueries survey) : IShareablePages
{
    private const string Prefix = SitePaths.SurveyResults + "/";

    public async Task<bool> IsPageAsync(string path, string query, CancellationToken cancellationToken)
    {
        if (!path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }
        string code = path[Prefix.Length..];
        bool planIsValid = query.Length == 0 || query.StartsWith("after=", StringComparison.Ordinal) && EducationPlans.Find(query["after=".Length..]) is not null;
        return planIsValid && code.Length > 0 && !code.Contains('/', StringComparison.Ordinal)
            && SurveyCode.Decode(await survey.DefinitionAsync(cancellationToken), code).Status == SurveyCodeStatus.Ok;
    }
}

using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Survey;

/// <summary>A survey result that reads with today's statements or a recorded earlier survey's, with or without a valid education plan.</summary>
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
            && (await survey.ReadAsync(code, cancellationToken)).IsReadable;
    }
}

using CareerClusters.Web.Features.Compare;
using CareerClusters.Web.Features.Shortlist;
using CareerClusters.Web.Features.Survey;

namespace CareerClusters.Web.Configuration;

/// <summary>The student tools: the interest survey, the shortlist and the comparison (three features, each on its own).</summary>
public static class StudentFeatures
{
    public static IServiceCollection AddStudentFeatures(this IServiceCollection services) => services
        .AddScoped<SurveyQueries>()
        .AddScoped<ShortlistQueries>()
        .AddScoped<CompareQueries>();
}

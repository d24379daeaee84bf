using CareerClusters.Web.Features.Compare;
using CareerClusters.Web.Features.Survey;

namespace CareerClusters.Web.Features.Shortlist;

/// <summary>The student tools: the interest survey, the shortlist and the comparison.</summary>
public static class StudentFeatures
{
    public static IServiceCollection AddStudentFeatures(this IServiceCollection services) => services
        .AddScoped<SurveyQueries>()
        .AddScoped<ShortlistQueries>()
        .AddScoped<CompareQueries>();
}

using CareerClusters.Web.Features.Compare;
using CareerClusters.Web.Features.Survey;
using Microsoft.AspNetCore.OutputCaching;

namespace CareerClusters.Web.Features.Shortlist;

/// <summary>The student tools: the interest survey, the shortlist and the comparison.</summary>
public static class StudentFeatures
{
    public static WebApplicationBuilder AddStudentFeatures(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<SurveyQueries>();
        builder.Services.AddScoped<ShortlistQueries>();
        builder.Services.AddScoped<CompareQueries>();
        builder.Services.Configure<OutputCacheOptions>(options => options.AddBasePolicy(new ShortlistCachePolicy()));
        return builder;
    }
}

using CareerClusters.Web.Content;
using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Configuration;

internal static class ContentServices
{
    /// <summary>The content store and watcher, and the content generation each request reads.</summary>
    internal static void AddContent(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<ContentOptions>(builder.Configuration.GetSection("Content"));
        // A misspelt framework stops the site at start-up with the setting's name, rather than showing nothing.
        builder.Services.AddOptions<FrameworkOptions>().Bind(builder.Configuration.GetSection(FrameworkOptions.Section))
            .Validate(o => Frameworks.IsKnown(o.Default), $"{FrameworkOptions.Section}:Default must be one of: {string.Join(", ", Frameworks.All)}")
            .ValidateOnStart();
        builder.Services.AddSingleton<ContentStore>();
        builder.Services.AddHostedService<ContentWatcher>();
        builder.Services.AddHostedService<MemoryAfterLoads>();
        // A request reads the generation that is current when it first asks, and only that one: its database and
        // its search data come from the same generation.
        builder.Services.AddScoped(services => services.GetRequiredService<ContentStore>().Current
            ?? throw new InvalidOperationException("The content has not been loaded yet."));
        builder.Services.AddScoped(services => new ContentDbContext(services.GetRequiredService<ContentGeneration>().DbOptions));
        builder.Services.AddScoped(services => services.GetRequiredService<ContentGeneration>().Search);
        // The district whose folder the request's content was read with (DistrictInfo.None without one).
        builder.Services.AddScoped(services => services.GetRequiredService<ContentGeneration>().District);
        builder.Services.AddHealthChecks().AddCheck<ContentHealthCheck>("content");
    }
}

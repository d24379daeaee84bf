using Serilog;

namespace CareerClusters.Web.Configuration;

public static class LoggingConfiguration
{
    /// <summary>Serilog reads its levels and sinks from the "Serilog" section of appsettings.json.</summary>
    public static WebApplicationBuilder AddSerilogLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
        return builder;
    }
}

using Serilog;

namespace CareerClusters.Web.Configuration;

public static class LoggingConfiguration
{
    /// <summary>
    /// Structured logs to the console, always (a container's log collector reads them there); levels come from
    /// the "Serilog" section of configuration.
    /// </summary>
    public static WebApplicationBuilder AddSerilogLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .MinimumLevel.Information()
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            // Last, so it also sees the properties the others add: no secret reaches a sink.
            .Enrich.With<SecretRedaction>()
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}"));
        return builder;
    }
}

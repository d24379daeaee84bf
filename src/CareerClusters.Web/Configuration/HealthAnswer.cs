using System.Text.Json;
using CareerClusters.Web.Content;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerClusters.Web.Configuration;

/// <summary>
/// /healthz for load balancers and operators: 200 once content is served (503 before), with a small JSON body that
/// says which server answered and what it serves, so the replicas behind one address can be compared:
/// {"status":"Healthy","generation":3,"content":"…","prerendered":{"pages":40,"bytes":612000},"host":"web-2"}.
/// </summary>
internal static class HealthAnswer
{
    public static void MapHealthAnswer(this WebApplication app) => app.MapHealthChecks("/healthz", new HealthCheckOptions
    {
        ResponseWriter = WriteAsync,
    });

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var content = report.Entries.Values.Select(e => e.Data).FirstOrDefault(d => d.ContainsKey(ContentHealthCheck.ContentKey));
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            generation = content?[ContentHealthCheck.GenerationKey],
            content = content?[ContentHealthCheck.ContentKey],
            // The generation's pages kept as sent (PrerenderedPagesMiddleware): how many, and their bytes.
            prerendered = content is null ? null : new { pages = content[ContentHealthCheck.PrerenderedPagesKey], bytes = content[ContentHealthCheck.PrerenderedBytesKey] },
            host = Environment.MachineName,
        }));
    }
}

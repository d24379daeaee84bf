using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace CareerClusters.Web.Configuration;

/// <summary>
/// Every GET route also answers HEAD, in one place rather than an attribute per action: link checkers, chat link
/// previews and uptime monitors ask with HEAD. The action runs as for GET (same status and headers, the same output
/// cache entry rules); Kestrel sends no body for HEAD.
/// </summary>
public sealed class HeadOnEveryGetRoute : IApplicationModelConvention
{
    public void Apply(ApplicationModel application)
    {
        foreach (var selector in application.Controllers.SelectMany(c => c.Actions).SelectMany(a => a.Selectors))
        {
            for (int i = 0; i < selector.ActionConstraints.Count; i++)
            {
                if (selector.ActionConstraints[i] is HttpMethodActionConstraint constraint && WithHead(constraint.HttpMethods) is { } methods)
                {
                    selector.ActionConstraints[i] = new HttpMethodActionConstraint(methods);
                }
            }
            // Endpoint routing matches on this metadata; the constraint above is what MVC's own action selection reads.
            for (int i = 0; i < selector.EndpointMetadata.Count; i++)
            {
                if (selector.EndpointMetadata[i] is HttpMethodMetadata metadata && WithHead(metadata.HttpMethods) is { } methods)
                {
                    selector.EndpointMetadata[i] = new HttpMethodMetadata(methods, metadata.AcceptCorsPreflight);
                }
            }
        }
    }

    /// <summary>The methods with HEAD added when they include GET and not HEAD yet; otherwise null.</summary>
    private static List<string>? WithHead(IEnumerable<string> methods)
    {
        var list = methods.ToList();
        return list.Contains(HttpMethods.Get, StringComparer.OrdinalIgnoreCase) && !list.Contains(HttpMethods.Head, StringComparer.OrdinalIgnoreCase)
            ? [.. list, HttpMethods.Head]
            : null;
    }
}

using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace CareerClusters.Tests.Deployment;

/// <summary>
/// What the Dockerfile says a replica is: the image name the build command gives it (in the Dockerfile's comment and in
/// docs/deploy.md, which must agree), the port it listens on (EXPOSE and ASPNETCORE_HTTP_PORTS, which must agree), its
/// health check command, the dll it runs and where it reads its content.
/// </summary>
internal sealed record DockerfileFacts(string ImageName, string Port, IReadOnlyList<string> HealthCheck, string Dll, string ContentPath)
{
    public static DockerfileFacts Read(string dockerfile, string deployDocs)
    {
        var images = Regex.Matches(dockerfile + "\n" + deployDocs, @"docker build -t (\S+) ").Select(m => m.Groups[1].Value).Distinct().ToList();
        if (images.Count != 1 || !deployDocs.Contains($"docker build -t {images[0]} ", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The Dockerfile and docs/deploy.md should build one image name with `docker build -t NAME .`; found: {string.Join(", ", images)}");
        }
        string exposed = One(dockerfile, @"^EXPOSE (\d+)\s*$");
        string httpPorts = One(dockerfile, @"ASPNETCORE_HTTP_PORTS=(\d+)");
        if (exposed != httpPorts)
        {
            throw new InvalidOperationException($"The Dockerfile exposes {exposed} but the site listens on {httpPorts}");
        }
        var healthCheck = JsonSerializer.Deserialize<string[]>(One(dockerfile, @"^HEALTHCHECK .*? CMD (\[.*\])\s*$"))!;
        var entryPoint = JsonSerializer.Deserialize<string[]>(One(dockerfile, @"^ENTRYPOINT (\[.*\])\s*$"))!;
        return new DockerfileFacts(images[0], exposed, healthCheck, entryPoint.Single(a => a.EndsWith(".dll", StringComparison.Ordinal)),
            One(dockerfile, @"Content__Path=(\S+)"));
    }

    private static string One(string text, string pattern)
    {
        var match = Regex.Match(text, pattern, RegexOptions.Multiline);
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException($"The Dockerfile has no line matching {pattern}");
    }
}

/// <summary>
/// deploy/compose.yaml read with YamlDotNet, YAML merge keys (<c>&lt;&lt;: *site</c>) resolved as Docker Compose resolves
/// them. A file that is not valid YAML throws <see cref="YamlException"/>.
/// </summary>
internal sealed class ComposeFile
{
    private ComposeFile(IReadOnlyDictionary<string, IDictionary<object, object>> services) => Services = services;

    public IReadOnlyDictionary<string, IDictionary<object, object>> Services { get; }

    public static ComposeFile Parse(string yaml)
    {
        var document = new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(new MergingParser(new Parser(new StringReader(yaml))))
            ?? throw new InvalidOperationException("The compose file is empty");
        var services = Map(document.GetValueOrDefault("services")) ?? throw new InvalidOperationException("The compose file has no services");
        return new ComposeFile(services.ToDictionary(s => (string)s.Key, s => Map(s.Value) ?? new Dictionary<object, object>()));
    }

    public static IDictionary<object, object>? Map(object? node) => node as IDictionary<object, object>;

    public static IReadOnlyList<object> List(object? node) => node is IList<object> list ? [.. list] : [];

    public static string? Scalar(IDictionary<object, object> map, string key) => map.TryGetValue(key, out var value) ? value as string : null;

    /// <summary>Environment variables, written as a map (KEY: value) or a list (KEY=value).</summary>
    public static IReadOnlyDictionary<string, string> Environment(IDictionary<object, object> service)
    {
        var environment = service.TryGetValue("environment", out var node) ? node : null;
        if (Map(environment) is { } map)
        {
            return map.ToDictionary(e => (string)e.Key, e => e.Value as string ?? "");
        }
        return List(environment).OfType<string>().Select(e => e.Split('=', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "");
    }

    /// <summary>Volumes as (source, target, read-only), from the short syntax (SOURCE:TARGET[:ro]) or the long one.</summary>
    public static IReadOnlyList<(string Source, string Target, bool ReadOnly)> Volumes(IDictionary<object, object> service) =>
        [.. List(service.TryGetValue("volumes", out var node) ? node : null).Select(volume => volume switch
        {
            string text when text.Split(':') is [var source, var target, ..] and var parts =>
                (source, target, parts.Length > 2 && parts[2].Split(',').Contains("ro")),
            IDictionary<object, object> map => (Scalar(map, "source") ?? "", Scalar(map, "target") ?? "",
                Scalar(map, "read_only") is "true" or "True"),
            _ => ("", volume?.ToString() ?? "", false),
        })];

    /// <summary>The container side of each published port ("127.0.0.1:8081:8080" is 8080).</summary>
    public static IReadOnlyList<string> ContainerPorts(IDictionary<object, object> service) =>
        [.. List(service.TryGetValue("ports", out var node) ? node : null).Select(port => port switch
        {
            string text => text.Split(':')[^1].Split('/')[0],
            IDictionary<object, object> map => Scalar(map, "target") ?? "",
            _ => "",
        })];
}

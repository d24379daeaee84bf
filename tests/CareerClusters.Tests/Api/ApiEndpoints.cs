using System.Text.Json.Nodes;
using CareerClusters.Tests.Support;

namespace CareerClusters.Tests.Api;

/// <summary>
/// One endpoint of the open data API and the requests that test it: an answer (200), a request with a bad value or an
/// unknown parameter (400, naming it) and an address where nothing is (404, naming the parameter when one is at fault).
/// </summary>
public sealed record ApiEndpoint(string Name, string Operation, string Ok, string BadValue, string BadParameter, string NotFound, string? NotFoundParameter)
{
    public override string ToString() => Name;
}

public static class ApiEndpoints
{
    public static readonly IReadOnlyList<ApiEndpoint> All =
    [
        new("frameworks", "/api/v1/frameworks", "/api/v1/frameworks", "/api/v1/frameworks?lang=fr", "lang",
            "/api/v1/framework", null),
        new("clusters", "/api/v1/frameworks/{framework}/clusters", "/api/v1/frameworks/2024/clusters", "/api/v1/frameworks/2024/clusters?page=2", "page",
            "/api/v1/frameworks/1999/clusters", "framework"),
        new("cluster", "/api/v1/frameworks/{framework}/clusters/{cluster}", "/api/v1/frameworks/16/clusters/health-science",
            "/api/v1/frameworks/16/clusters/health-science?lang=english", "lang", "/api/v1/frameworks/16/clusters/no-such-cluster", "cluster"),
        new("pathway", "/api/v1/frameworks/{framework}/clusters/{cluster}/pathways/{pathway}",
            "/api/v1/frameworks/2024/clusters/healthcare-and-human-services/pathways/physical-health",
            "/api/v1/frameworks/2024/clusters/healthcare-and-human-services/pathways/physical-health?sort=pay", "sort",
            "/api/v1/frameworks/2024/clusters/healthcare-and-human-services/pathways/no-such-pathway", "pathway"),
        new("occupations", "/api/v1/occupations", "/api/v1/occupations?cluster=health-science&per_page=5&sort=pay&page=2",
            "/api/v1/occupations?education=phd", "education", "/api/v1/occupations?cluster=health-science&page=9999", "page"),
        new("occupation", "/api/v1/occupations/{occupation}", "/api/v1/occupations/29-1141.00", "/api/v1/occupations/29-1141.00?per_page=5", "per_page",
            "/api/v1/occupations/no-such-job", "occupation"),
        new("crosswalk", "/api/v1/crosswalk", "/api/v1/crosswalk?from=2024", "/api/v1/crosswalk?from=2020", "from", "/api/v1/crosswalks", null),
        new("search", "/api/v1/search", "/api/v1/search?q=nurse", "/api/v1/search?q=nurse&kind=job", "kind", "/api/v1/search?q=nurse&page=999", "page"),
    ];

    public static TheoryData<ApiEndpoint> Each()
    {
        var data = new TheoryData<ApiEndpoint>();
        foreach (var endpoint in All)
        {
            data.Add(endpoint);
        }
        return data;
    }
}

/// <summary>
/// The shape of an answer: every field's path with the JSON types seen there ("data.pathways[].slug: string"), so a
/// change to the contract shows as a changed line. Nulls are left out of a field that also has values, so content
/// that fills a field in does not change the shape. Snapshots live in Api/Snapshots/; CC_UPDATE_API_SNAPSHOTS=1 rewrites
/// them (docs/api.md, "Changing the contract").
/// </summary>
public static class ApiShapes
{
    /// <summary>Objects whose keys are data (a count per kind of page), not fields.</summary>
    private static readonly HashSet<string> Maps = ["data.countsByKind"];

    public static string Of(JsonNode? json)
    {
        var types = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        Walk(json, "", types);
        return string.Join("\n", types.Select(t => $"{(t.Key.Length == 0 ? "." : t.Key)}: {string.Join(" | ", t.Value.Count > 1 ? t.Value.Where(v => v != "null") : t.Value)}")) + "\n";
    }

    private static void Walk(JsonNode? node, string path, SortedDictionary<string, SortedSet<string>> types)
    {
        void Add(string type)
        {
            if (!types.TryGetValue(path, out var set))
            {
                types[path] = set = new SortedSet<string>(StringComparer.Ordinal);
            }
            set.Add(type);
        }
        switch (node)
        {
            case null:
                Add("null");
                break;
            case JsonObject map when Maps.Contains(path):
                Add("object of " + string.Join(" | ", map.Select(p => p.Value?.GetValueKind().ToString().ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal)));
                break;
            case JsonObject obj:
                Add("object");
                foreach (var (name, value) in obj)
                {
                    Walk(value, path.Length == 0 ? name : $"{path}.{name}", types);
                }
                break;
            case JsonArray array:
                Add(array.Count == 0 ? "array (empty)" : "array");
                foreach (var item in array)
                {
                    Walk(item, path + "[]", types);
                }
                break;
            default:
                Add(node.GetValueKind().ToString().ToLowerInvariant() is "true" or "false" ? "boolean" : node.GetValueKind().ToString().ToLowerInvariant());
                break;
        }
    }

    public static string SnapshotPath(string name) =>
        Path.Combine(TestPaths.RepositoryRoot, "tests", "CareerClusters.Tests", "Api", "Snapshots", name + ".shape.txt");

    /// <summary>Compares a shape with its snapshot, or writes the snapshot when CC_UPDATE_API_SNAPSHOTS=1.</summary>
    public static void AssertMatchesSnapshot(string name, string shape)
    {
        string path = SnapshotPath(name);
        if (Environment.GetEnvironmentVariable("CC_UPDATE_API_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, shape);
            return;
        }
        Assert.True(File.Exists(path), $"No snapshot of the {name} endpoint's shape at {path}: run the API tests with CC_UPDATE_API_SNAPSHOTS=1 once (docs/api.md).");
        string expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(expected == shape,
            $"The {name} endpoint's JSON shape changed: a change to the API's contract must be deliberate. If it is, run the API tests with " +
            $"CC_UPDATE_API_SNAPSHOTS=1, check the diff of {path} and say so in docs/api.md's changes.\n" + Diff(expected, shape));
    }

    private static string Diff(string expected, string actual)
    {
        var before = expected.Split('\n').ToHashSet(StringComparer.Ordinal);
        var after = actual.Split('\n').ToHashSet(StringComparer.Ordinal);
        return string.Join("\n", before.Except(after).Select(l => "- " + l).Concat(after.Except(before).Select(l => "+ " + l)));
    }
}

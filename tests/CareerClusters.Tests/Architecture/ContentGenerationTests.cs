using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;
using Microsoft.Extensions.DependencyInjection;

namespace CareerClusters.Tests.Architecture;

/// <summary>Everything derived from one content set, its search data included, is built with it and swapped with it.</summary>
public sealed class ContentGenerationTests : IDisposable
{
    private readonly ContentCopy _content = new();
    private readonly SiteFactory _site;

    public ContentGenerationTests() =>
        _site = new SiteFactory(_content.Path, new Dictionary<string, string> { ["Content:WatchForChanges"] = "false" });

    public void Dispose()
    {
        _site.Dispose();
        _content.Dispose();
    }

    [Fact]
    public async Task SearchData_IsBuiltAtImport_AndSwappedWithItsGeneration()
    {
        using var client = _site.CreatePlainClient();
        var store = _site.Services.GetRequiredService<ContentStore>();
        var first = store.Current!;

        // Already there before anyone searched: nothing is loaded on a visitor's request.
        Assert.True(first.Search.IsKnown("nurses"));
        Assert.Equal(["health-science", "information-technology"], first.Search.Clusters.Select(c => c.Key));
        Assert.False(first.Search.IsKnown("zookeeping"));

        _content.Edit("occupations/registered-nurses.md", "title: \"Registered Nurses\"", "title: \"Registered Nurses\"\nalternate_titles: [\"Zookeeping Nurse\"]");
        await store.LoadAsync("test");
        var second = store.Current!;
        string results = await client.GetStringAsync(new Uri("/search?q=zookeeping", UriKind.Relative));

        Assert.NotSame(first, second);
        Assert.True(second.Search.IsKnown("zookeeping"));
        Assert.False(first.Search.IsKnown("zookeeping"));
        Assert.Contains("/occupations/registered-nurses", results, StringComparison.Ordinal);
    }
}

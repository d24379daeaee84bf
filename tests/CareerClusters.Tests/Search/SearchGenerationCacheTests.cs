using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;
using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace CareerClusters.Tests.Search;

/// <summary>
/// What every search used to read from the database (the states, the clusters' icons and colours) is read once per
/// content generation and changes with it: a reload's new generation reads its own, never the old one's.
/// </summary>
public sealed class SearchGenerationCacheTests : IDisposable
{
    private readonly ContentCopy _content = new();
    private readonly SiteFactory _site;

    public SearchGenerationCacheTests() =>
        _site = new SiteFactory(_content.Path, new Dictionary<string, string> { ["Content:WatchForChanges"] = "false" });

    public void Dispose()
    {
        _site.Dispose();
        _content.Dispose();
    }

    [Fact]
    public async Task ClusterLooks_AreReadOncePerGeneration_AndAReloadReadsTheNewOnes()
    {
        using var client = _site.CreatePlainClient();
        var first = await LooksAsync();
        Assert.Same(first, await LooksAsync());
        Assert.Equal("red", first["health-science"].Colour);
        Assert.Contains("result accent-red", await client.GetStringAsync(new Uri("/search?q=nurses", UriKind.Relative)), StringComparison.Ordinal);

        _content.Edit("clusters/health-science.md", "colour: red", "colour: green");
        await _site.Services.GetRequiredService<ContentStore>().LoadAsync("test");
        var afterReload = await LooksAsync();

        Assert.NotSame(first, afterReload);
        Assert.Equal("green", afterReload["health-science"].Colour);
        Assert.Equal("red", first["health-science"].Colour);
        string results = await client.GetStringAsync(new Uri("/search?q=nurses&after=reload", UriKind.Relative));
        Assert.Contains("result accent-green", results, StringComparison.Ordinal);
        Assert.DoesNotContain("accent-red", results, StringComparison.Ordinal);
    }

    [Fact]
    public async Task States_AreReadOncePerGeneration_AndAReloadReadsThemAgain()
    {
        using var client = _site.CreatePlainClient();
        var first = await StatesAsync();
        Assert.Same(first, await StatesAsync());

        await _site.Services.GetRequiredService<ContentStore>().LoadAsync("test");

        Assert.NotSame(first, await StatesAsync());
    }

    private async Task<IReadOnlyDictionary<string, ClusterLook>> LooksAsync()
    {
        using var scope = _site.Services.CreateScope();
        return await ClusterCards.LooksAsync(scope.ServiceProvider.GetRequiredService<ContentDbContext>(),
            scope.ServiceProvider.GetRequiredService<ContentGeneration>(), CancellationToken.None);
    }

    private async Task<IReadOnlyList<StatePlace>> StatesAsync()
    {
        using var scope = _site.Services.CreateScope();
        return await StateReader.AllAsync(scope.ServiceProvider.GetRequiredService<ContentDbContext>(),
            scope.ServiceProvider.GetRequiredService<ContentGeneration>(), CancellationToken.None);
    }
}

using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;
using CareerClusters.Web.Features.Search;
using Microsoft.Extensions.DependencyInjection;

namespace CareerClusters.Tests.Search;

public class SearchLexiconCacheTests(TestContentSite site) : IClassFixture<TestContentSite>
{
    [Fact]
    public async Task AVisitorLeavingDuringTheFirstSearch_DoesNotBreakSearchForEveryoneElse()
    {
        var generation = site.Services.GetRequiredService<ContentStore>().Current!;
        var cache = new SearchLexiconCache();
        using var left = new CancellationTokenSource();
        await left.CancelAsync();

        // The first request gives up (its answer, or its cancellation, does not matter); the load must not be spoiled.
        try
        {
            await cache.GetAsync(generation, left.Token);
        }
        catch (OperationCanceledException)
        {
        }
        var lexicon = await cache.GetAsync(generation, CancellationToken.None);

        Assert.Equal(["health-science", "information-technology"], lexicon.Clusters.Select(c => c.Slug));
        Assert.True(lexicon.IsKnown("nurses"));
    }
}

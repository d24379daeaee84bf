using System.Net;
using CareerClusters.Tests.Support;

namespace CareerClusters.Tests.Architecture;

/// <summary>A page that is not in the output cache is built with few SQL queries, so a cache miss stays cheap.</summary>
public sealed class QueryCountTests : IDisposable
{
    private readonly SiteFactory _site = new(TestPaths.TestContent);

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task ClusterPage_OnACacheMiss_RunsAtMostThreeQueries()
    {
        using var client = _site.CreatePlainClient();
        using var log = new SqlCommandLog(_site.DatabaseDirectory);

        using var response = await client.GetAsync(new Uri("/clusters/health-science", UriKind.Relative));
        var firstVisit = log.Commands;
        log.Clear();
        using var again = await client.GetAsync(new Uri("/clusters/health-science", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Therapeutic Services", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The cluster with its pathways and jobs, its related clusters, and where its jobs sit in the other framework.
        Assert.InRange(firstVisit.Count, 1, 3);
        Assert.Empty(log.Commands); // the second visit comes from the output cache
    }
}

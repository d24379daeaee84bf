using System.Net;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;
using Microsoft.Extensions.DependencyInjection;

namespace CareerClusters.Tests.Admin;

/// <summary>On the running site: a deleted pathway is not published until its address is redirected, and then it redirects.</summary>
public sealed class RemovedPageReloadTests : IDisposable
{
    private readonly ContentCopy _content = new ContentCopy().Write("pathways/patient-care.md",
        "---\ntitle: \"Patient Care\"\ncluster: health-science\norder: 2\nsummary: \"Look after patients.\"\nfeatured: [29-1141.00]\n" +
        "occupations:\n  - 29-1141.00\n---\nCare for patients.\n");

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task ADeletedPathway_KeepsBeingServed_UntilRedirected_ThenItsAddressLeadsToTheNewPage()
    {
        using var site = new SiteFactory(_content.Path, new Dictionary<string, string> { ["Content:WatchForChanges"] = "false" });
        using var client = site.CreatePlainClient();
        var store = site.Services.GetRequiredService<ContentStore>();

        File.Delete(Path.Combine(_content.Path, "pathways/therapeutic-services.md"));
        _content.Edit("clusters/health-science.md", "(/clusters/health-science/therapeutic-services)", "(/clusters/health-science/patient-care)");
        var broken = await store.LoadAsync("test");

        var problem = Assert.Single(broken.Errors);
        Assert.Equal("pathways/therapeutic-services.md", problem.File);
        Assert.Contains("redirect_from: [therapeutic-services]", problem.Fix, StringComparison.Ordinal);
        using (var stillServed = await client.GetAsync(new Uri("/clusters/health-science/therapeutic-services", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, stillServed.StatusCode);
        }
        Assert.Equal("pathways/therapeutic-services.md", Assert.Single(store.Pending.BlockedBy).File);

        _content.Edit("pathways/patient-care.md", "order: 2\n", "order: 2\nredirect_from: [therapeutic-services]\n");
        var fixedResult = await store.LoadAsync("test");

        Assert.False(fixedResult.HasErrors, string.Join("\n", fixedResult.Errors));
        using var moved = await client.GetAsync(new Uri("/clusters/health-science/therapeutic-services", UriKind.Relative));
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal("/clusters/health-science/patient-care", moved.Headers.Location!.OriginalString);
    }
}

using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;
using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Survey;
using Microsoft.Extensions.DependencyInjection;

namespace CareerClusters.Tests.Students;

/// <summary>The survey (statements and SHA-256 version) is built once per content generation, not on every request.</summary>
public sealed class SurveyDefinitionCacheTests : IDisposable
{
    private readonly ContentCopy _content = new();
    private readonly SiteFactory _site;

    public SurveyDefinitionCacheTests() =>
        _site = new SiteFactory(_content.Path, new Dictionary<string, string> { ["Content:WatchForChanges"] = "false" });

    public void Dispose()
    {
        _site.Dispose();
        _content.Dispose();
    }

    [Fact]
    public async Task OneGeneration_BuildsItsSurveyOnce_AndAReloadBuildsANewOne()
    {
        using var client = _site.CreatePlainClient();
        var first = await DefinitionAsync();
        Assert.Same(first, await DefinitionAsync());

        _content.Edit("occupations/registered-nurses.md", "title: \"Registered Nurses\"", "title: \"Registered Nurses\"\nalternate_titles: [\"Zookeeping Nurse\"]");
        await _site.Services.GetRequiredService<ContentStore>().LoadAsync("test");
        var afterReload = await DefinitionAsync();

        Assert.NotSame(first, afterReload);
        Assert.Equal(first.Version, afterReload.Version); // the same statements: the same survey
    }

    private async Task<SurveyDefinition> DefinitionAsync()
    {
        using var scope = _site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SurveyQueries>().DefinitionAsync(CancellationToken.None);
    }
}

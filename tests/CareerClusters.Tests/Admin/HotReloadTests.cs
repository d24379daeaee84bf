using System.Diagnostics;
using System.Net;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;
using CareerClusters.Web.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CareerClusters.Tests.Admin;

/// <summary>The running site picks up saved changes, and a bad edit never takes it down.</summary>
public sealed class HotReloadTests : IDisposable
{
    private readonly ContentCopy _content = new();
    private readonly SiteFactory _site;

    public HotReloadTests() => _site = new SiteFactory(_content.Path);

    public void Dispose()
    {
        _site.Dispose();
        _content.Dispose();
    }

    /// <summary>Waits up to 15 s for the watcher's reload to report an error.</summary>
    private static async Task WaitForAnErrorAsync(ContentStore store, string failure)
    {
        var clock = Stopwatch.StartNew();
        while (!store.Problems.Any(p => p.Severity == ProblemSeverity.Error))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), failure);
            await Task.Delay(50);
        }
    }

    private async Task<string> WaitForAsync(string path, Func<HttpResponseMessage, string, bool> condition)
    {
        using var client = _site.CreatePlainClient();
        var clock = Stopwatch.StartNew();
        while (true)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            string body = await response.Content.ReadAsStringAsync();
            if (condition(response, body))
            {
                return body;
            }
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"{path} did not change within 15 s (last: {(int)response.StatusCode})");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task FilesChangedWhileTheFolderIsRead_AreReadAgain_SoAGenerationNeverMixesOldAndNewFiles()
    {
        using var site = new SiteFactory(_content.Path, new Dictionary<string, string> { ["Content:WatchForChanges"] = "false" });
        var store = site.Services.GetRequiredService<ContentStore>();
        var swapped = new List<(string Cluster, string Pathway)>();
        store.GenerationChanged += generation =>
        {
            using var db = new ContentDbContext(generation.DbOptions);
            var titles = (db.Clusters.Single(c => c.Slug == "health-science").Title, db.Pathways.Single(p => p.Slug == "therapeutic-services").Title);
            lock (swapped)
            {
                swapped.Add(titles);
            }
        };

        // Two files saved together, over and over, while loads run back to back: many reads overlap a save.
        // The saving goes on until at least 40 saves and 5 loads have happened, so a slow machine overlaps as many.
        using var done = new CancellationTokenSource();
        int lastVersion = 0;
        var writer = Task.Run(async () =>
        {
            for (int version = 1; version <= 40 || (SwappedCount() < 5 && version <= 2000); version++)
            {
                string previous = version == 1 ? "" : $" v{version - 1}";
                _content.Edit("clusters/health-science.md", $"title: \"Health Science{previous}\"", $"title: \"Health Science v{version}\"");
                _content.Edit("pathways/therapeutic-services.md", $"title: \"Therapeutic Services{previous}\"", $"title: \"Therapeutic Services v{version}\"");
                lastVersion = version;
                await Task.Delay(25);
            }
            await done.CancelAsync();
        });
        while (!done.IsCancellationRequested)
        {
            await store.LoadAsync("test");
        }
        await writer;
        await store.LoadAsync("test");

        var generations = swapped.ToArray();
        Assert.True(generations.Length >= 6, $"only {generations.Length} loads ran");
        Assert.Equal(($"Health Science v{lastVersion}", $"Therapeutic Services v{lastVersion}"), generations[^1]);
        Assert.All(generations, titles => Assert.Equal(titles.Cluster.Replace("Health Science", "", StringComparison.Ordinal),
            titles.Pathway.Replace("Therapeutic Services", "", StringComparison.Ordinal)));

        int SwappedCount()
        {
            lock (swapped)
            {
                return swapped.Count;
            }
        }
    }

    [Fact]
    public async Task AnEditedFile_IsServedWithoutARestart()
    {
        await WaitForAsync("/clusters/health-science", (r, b) => b.Contains("<h1>Health Science</h1>", StringComparison.Ordinal));

        _content.Edit("clusters/health-science.md", "title: \"Health Science\"", "title: \"Health Science (edited)\"");

        await WaitForAsync("/clusters/health-science", (r, b) => b.Contains("<h1>Health Science (edited)</h1>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnAddedFile_AndADeletedFile_AreServedWithoutARestart()
    {
        await WaitForAsync("/guides/faq", (r, _) => r.StatusCode == HttpStatusCode.NotFound);

        _content.Write("guides/faq.md", "---\ntitle: \"FAQ\"\norder: 2\nsummary: \"Questions.\"\n---\nAnswers here.\n");
        await WaitForAsync("/guides/faq", (r, b) => r.StatusCode == HttpStatusCode.OK && b.Contains("Answers here.", StringComparison.Ordinal));

        // A page the site serves is removed on purpose by listing it in retired-pages.txt (without it, the removal is an error).
        File.Delete(Path.Combine(_content.Path, "guides/faq.md"));
        _content.Write("retired-pages.txt", "/guides/faq\n");
        await WaitForAsync("/guides/faq", (r, _) => r.StatusCode == HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ABrokenEdit_KeepsTheLastGoodContent_UntilItIsFixed()
    {
        var store = _site.Services.GetRequiredService<ContentStore>();
        await WaitForAsync("/clusters/health-science", (r, _) => r.StatusCode == HttpStatusCode.OK);

        _content.Edit("pathways/therapeutic-services.md", "cluster: health-science", "cluster: no-such-cluster");
        await WaitForAnErrorAsync(store, "the broken edit was not noticed");

        var problem = Assert.Single(store.Problems);
        Assert.Equal(("pathways/therapeutic-services.md", 3), (problem.File, problem.Line));
        await WaitForAsync("/clusters/health-science/therapeutic-services", (r, b) => r.StatusCode == HttpStatusCode.OK);
        await WaitForAsync("/healthz", (r, _) => r.StatusCode == HttpStatusCode.OK);

        _content.Edit("pathways/therapeutic-services.md", "cluster: no-such-cluster", "cluster: health-science");
        _content.Edit("pathways/therapeutic-services.md", "title: \"Therapeutic Services\"", "title: \"Therapy\"");
        await WaitForAsync("/clusters/health-science/therapeutic-services", (r, b) => b.Contains("<h1>Therapy</h1>", StringComparison.Ordinal));
        Assert.Empty(store.Problems);
    }

    [Fact]
    public async Task AFileSavedInAnOldEncoding_IsReportedWithItsLine_AndTheLastGoodContentKeepsServing()
    {
        var store = _site.Services.GetRequiredService<ContentStore>();
        await WaitForAsync("/clusters/health-science", (r, _) => r.StatusCode == HttpStatusCode.OK);
        int generation = store.Current!.Number;

        _content.EditAsWindows1252("clusters/health-science.md", "Hospitals and clinics.", "Hospitals and cafés.");
        await WaitForAnErrorAsync(store, "the file was not noticed");

        var problem = Assert.Single(store.Problems);
        Assert.Equal(("clusters/health-science.md", 20), (problem.File, problem.Line));
        Assert.Contains("not valid UTF-8", problem.Message, StringComparison.Ordinal);
        Assert.Equal(generation, store.Current!.Number);
        string body = await WaitForAsync("/clusters/health-science", (r, _) => r.StatusCode == HttpStatusCode.OK);
        Assert.Contains("Hospitals and clinics.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\uFFFD", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AtStartUp_BrokenContentWithAnEarlierGoodDatabase_IsServedFromThatDatabase()
    {
        await WaitForAsync("/clusters/health-science", (r, _) => r.StatusCode == HttpStatusCode.OK);
        string databaseDirectory = _site.DatabaseDirectory;
        _content.Edit("clusters/health-science.md", "order: 1", "order: one");

        using var restarted = new SiteFactory(_content.Path, new Dictionary<string, string> { ["Content:DatabaseDirectory"] = databaseDirectory });
        using var client = restarted.CreatePlainClient();
        using var response = await client.GetAsync(new Uri("/clusters/health-science", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var store = restarted.Services.GetRequiredService<ContentStore>();
        Assert.True(store.Current!.RestoredFromLastRun);
        Assert.Contains(store.Problems, p => p.File == "clusters/health-science.md" && p.Line == 3);
    }

    [Fact]
    public async Task ConcurrentRequestsDuringRepeatedReloads_NeverFail_AndNeverSeeAMix()
    {
        // Reloads are started by the test alone (no watcher), so each generation holds both edits of its version.
        using var site = new SiteFactory(_content.Path, new Dictionary<string, string> { ["Content:WatchForChanges"] = "false" });
        var store = site.Services.GetRequiredService<ContentStore>();
        using var client = site.CreatePlainClient();
        await client.GetAsync(new Uri("/", UriKind.Relative));
        using var stop = new CancellationTokenSource();
        var failures = new List<string>();

        // Each version changes a cluster's title and its pathway's title together; a page shows both.
        async Task ReadAsync()
        {
            while (!stop.IsCancellationRequested)
            {
                using var response = await client.GetAsync(new Uri("/clusters/health-science", UriKind.Relative));
                string body = await response.Content.ReadAsStringAsync();
                var cluster = System.Text.RegularExpressions.Regex.Match(body, "<h1>Health Science v(\\d+)</h1>");
                var pathway = System.Text.RegularExpressions.Regex.Match(body, "Therapeutic Services v(\\d+)</a>");
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    lock (failures) { failures.Add($"status {(int)response.StatusCode}"); }
                }
                else if (cluster.Success != pathway.Success || cluster.Success && cluster.Groups[1].Value != pathway.Groups[1].Value)
                {
                    lock (failures) { failures.Add($"mixed: cluster {cluster.Value}, pathway {pathway.Value}"); }
                }
            }
        }

        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(ReadAsync)).ToList();
        string clusterTitle = "Health Science", pathwayTitle = "Therapeutic Services";
        for (int version = 1; version <= 6; version++)
        {
            _content.Edit("clusters/health-science.md", $"title: \"{clusterTitle}\"", $"title: \"Health Science v{version}\"");
            _content.Edit("pathways/therapeutic-services.md", $"title: \"{pathwayTitle}\"", $"title: \"Therapeutic Services v{version}\"");
            (clusterTitle, pathwayTitle) = ($"Health Science v{version}", $"Therapeutic Services v{version}");
            var result = await store.LoadAsync("test");
            Assert.False(result.HasErrors);
        }
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.True(failures.Count == 0, string.Join("\n", failures.Distinct()));
        using var final = await client.GetAsync(new Uri("/clusters/health-science", UriKind.Relative));
        Assert.Contains("<h1>Health Science v6</h1>", await final.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

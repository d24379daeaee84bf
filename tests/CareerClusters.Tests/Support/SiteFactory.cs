using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerClusters.Tests.Support;

/// <summary>The real site, in Production mode, over a chosen content folder and its own database folder.</summary>
public class SiteFactory(string contentPath, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    private readonly string _databaseDirectory = Path.Combine(Path.GetTempPath(), "cc-db-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Content:Path", contentPath);
        builder.UseSetting("Content:DatabaseDirectory", _databaseDirectory);
        builder.UseSetting("UserData:ConnectionString", $"Data Source={Path.Combine(_databaseDirectory, "user-data.db")}");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    public string DatabaseDirectory => _databaseDirectory;

    public HttpClient CreatePlainClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<IHtmlDocument> GetDocumentAsync(string path)
    {
        using var client = CreatePlainClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}");
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        TestPaths.DeleteDirectory(_databaseDirectory);
    }
}

/// <summary>One site over the purpose-made test content, shared by a test class.</summary>
public sealed class TestContentSite() : SiteFactory(TestPaths.TestContent);

/// <summary>One site over the real content/ folder, shared by a test class.</summary>
public sealed class RealContentSite() : SiteFactory(TestPaths.RealContent);

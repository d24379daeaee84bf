using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace CareerClusters.BrowserTests;

/// <summary>
/// The real site over the real content, on a loopback port (Playwright cannot reach the in-memory test server),
/// and Debian's Chromium driven by Playwright.
/// </summary>
public class BrowserSite : IAsyncLifetime, IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly string _databaseDirectory = Path.Combine(Path.GetTempPath(), "cc-browser-db-" + Guid.NewGuid().ToString("N"));
    private readonly KestrelFactory _factory;
    private IPlaywright? _playwright;

    public BrowserSite() : this(null)
    {
    }

    /// <param name="localPath">A district folder (Content:LocalPath) the site reads beside the content, or null.</param>
    protected BrowserSite(string? localPath) => _factory = new KestrelFactory(_databaseDirectory, localPath);

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CareerClusters.sln")))
            {
                directory = directory.Parent;
            }
            return directory?.FullName ?? throw new InvalidOperationException("CareerClusters.sln not found");
        }
    }

    /// <summary>Screenshots of each page type, for people to look at after a run.</summary>
    public static string ScreenshotDirectory => Path.Combine(RepositoryRoot, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseAddress = _factory.ClientOptions.BaseAddress;

        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run ./test.sh, which installs Debian's chromium package.");
        }
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    public async Task<IPage> NewPageAsync(bool javaScriptEnabled = true, int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            JavaScriptEnabled = javaScriptEnabled,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await _factory.DisposeAsync();
        try
        {
            Directory.Delete(_databaseDirectory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Already gone, or SQLite removed a journal file while the folder was being emptied.
        }
    }

    public void Dispose()
    {
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    private sealed class KestrelFactory(string databaseDirectory, string? localPath) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Content:Path", Path.Combine(RepositoryRoot, "content"));
            builder.UseSetting("Content:DatabaseDirectory", databaseDirectory);
            builder.UseSetting("UserData:ConnectionString", $"Data Source={Path.Combine(databaseDirectory, "user-data.db")}");
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            if (localPath is not null)
            {
                builder.UseSetting("Content:LocalPath", localPath);
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}

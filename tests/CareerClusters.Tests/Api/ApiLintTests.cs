using System.Diagnostics;
using CareerClusters.Tests.Support;
using Xunit.Abstractions;

namespace CareerClusters.Tests.Api;

/// <summary>
/// The OpenAPI document lints clean with a standard linter: Spectral (npm's @stoplight/spectral-cli) with every rule of
/// its OpenAPI ruleset (Api/spectral.yaml), warnings and hints included. ./test.sh installs Node.js and the linter (into
/// .tools/spectral/) and sets SPECTRAL: then a missing linter fails the test rather than passing unchecked. Without
/// SPECTRAL (a plain <c>dotnet test</c> on a fresh clone) the test uses .tools/spectral when it is there and is skipped
/// when it is not.
/// </summary>
[Collection(ApiTests.Collection)]
public sealed class ApiLintTests(ApiSite site, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task TheOpenApiDocument_LintsClean()
    {
        string spectral = Linter();
        var document = await Api.GetAsync(site, "/openapi/v1.json");
        string folder = Path.Combine(Path.GetTempPath(), "cc-spectral-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string file = Path.Combine(folder, "openapi.json");
            await File.WriteAllTextAsync(file, document.Body);
            string ruleset = Path.Combine(TestPaths.RepositoryRoot, "tests", "CareerClusters.Tests", "Api", "spectral.yaml");
            var start = new ProcessStartInfo(spectral) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
            foreach (string argument in new[] { "lint", "--ruleset", ruleset, "--fail-severity", "hint", "--format", "text", file })
            {
                start.ArgumentList.Add(argument);
            }
            // No telemetry (the npm package's analytics) and no update check: the test runs offline.
            start.Environment["SCARF_ANALYTICS"] = "false";
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "Spectral did not finish in two minutes");
            string report = (await stdout + await stderr).Trim();
            output.WriteLine(report);
            Assert.True(process.ExitCode == 0 && report.Contains("No results", StringComparison.Ordinal),
                $"Spectral found problems in /openapi/v1.json (exit {process.ExitCode}):\n{report}");
        }
        finally
        {
            TestPaths.DeleteDirectory(folder);
        }
    }

    /// <summary>The linter: SPECTRAL (which must exist), or where ./test.sh puts it (the test is skipped when it is not there).</summary>
    private static string Linter()
    {
        if (Environment.GetEnvironmentVariable("SPECTRAL") is { Length: > 0 } configured)
        {
            Assert.True(File.Exists(configured), $"The OpenAPI linter is not at {configured} (SPECTRAL): run ./test.sh (it installs it) or set SPECTRAL to a spectral executable");
            return configured;
        }
        string installed = Path.Combine(TestPaths.RepositoryRoot, ".tools", "spectral", "node_modules", ".bin", "spectral");
        Skip.IfNot(File.Exists(installed), "The OpenAPI linter is not installed: ./test.sh installs Node.js and Spectral into .tools/spectral/, or set SPECTRAL to a spectral executable.");
        return installed;
    }
}

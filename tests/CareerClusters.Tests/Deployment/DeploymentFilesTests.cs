using CareerClusters.Tests.Support;
using YamlDotNet.Core;

namespace CareerClusters.Tests.Deployment;

/// <summary>
/// deploy/compose.yaml, deploy/nginx.conf and deploy/careerclusters@.service agree with the Dockerfile and
/// docs/deploy.md: the same image, port and health check, content read-only, nginx in front of exactly the replicas.
/// Each rule is also shown to catch the mistake it is for, on a changed copy of the real file.
/// </summary>
public sealed class DeploymentFilesTests
{
    private static string Read(params string[] path) => File.ReadAllText(Path.Combine([TestPaths.RepositoryRoot, .. path]));

    private static readonly string Compose = Read("deploy", "compose.yaml");
    private static readonly string Nginx = Read("deploy", "nginx.conf");
    private static readonly string Unit = Read("deploy", "careerclusters@.service");

    private static DockerfileFacts Docker => DockerfileFacts.Read(Read("Dockerfile"), Read("docs", "deploy.md"));

    [Fact]
    public void TheDockerfile_NamesOneImage_OnePort_AndItsHealthCheck()
    {
        var docker = Docker;

        Assert.Equal("careerclusters", docker.ImageName);
        Assert.Equal("8080", docker.Port);
        Assert.Equal(["dotnet", "CareerClusters.Web.dll", "healthcheck"], docker.HealthCheck);
        Assert.Equal("CareerClusters.Web.dll", docker.Dll);
        Assert.Equal("/app/content", docker.ContentPath);
        // The dll the image and the unit run is the one the web project builds.
        Assert.True(File.Exists(Path.Combine(TestPaths.RepositoryRoot, "src", "CareerClusters.Web", Path.ChangeExtension(docker.Dll, ".csproj"))));
    }

    [Fact]
    public void TheComposeFile_HasPostgres_AtLeastTwoReplicas_AndNginx_AllAgreeingWithTheDockerfile()
    {
        var compose = ComposeFile.Parse(Compose);

        Assert.Contains("postgres", compose.Services.Keys);
        Assert.Contains("nginx", compose.Services.Keys);
        Assert.True(DeploymentChecks.Replicas(compose).Count >= 2, string.Join(", ", DeploymentChecks.Replicas(compose)));
        Assert.Empty(DeploymentChecks.ComposeProblems(Docker, compose));
    }

    [Fact]
    public void NginxConf_BalancesExactlyTheReplicas_OnTheImagesPort_AndRetriesIdempotentRequests()
    {
        Assert.Empty(DeploymentChecks.NginxProblems(Docker, ComposeFile.Parse(Compose), Nginx));
    }

    [Fact]
    public void TheSystemdUnit_RunsThePublishedDll_OneInstancePerPort()
    {
        Assert.Empty(DeploymentChecks.UnitProblems(Docker, Unit));
    }

    [Fact]
    public void TheDatabasePassword_IsNeverCommitted()
    {
        var ignored = Read("deploy", ".gitignore").Split('\n').Select(l => l.Trim());

        Assert.Contains(".env", ignored);
        Assert.DoesNotContain("Password=", Compose.Replace("Password=${CC_DB_PASSWORD", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void AComposeFileThatIsNotYaml_IsRefused()
    {
        string broken = Compose.Replace("  site-2:\n    <<: *site", "  site-2:\n  <<: *site\n   hostname: [", StringComparison.Ordinal);

        Assert.NotEqual(Compose, broken);
        Assert.ThrowsAny<YamlException>(() => ComposeFile.Parse(broken));
    }

    [Theory]
    [InlineData("  image: careerclusters\n", "  image: careerclusters:latest\n", "the image should be careerclusters")]
    [InlineData("/srv/careerclusters/content:/app/content:ro", "/srv/careerclusters/content:/app/content", "mounted read-only on /app/content")]
    [InlineData("\"CareerClusters.Web.dll\", \"healthcheck\"]", "\"CareerClusters.Web.dll\", \"health\"]", "as the Dockerfile's HEALTHCHECK")]
    [InlineData("127.0.0.1:8082:8080", "127.0.0.1:8082:80", "publishes the container's port 80")]
    [InlineData("Password=${CC_DB_PASSWORD:?set CC_DB_PASSWORD in deploy/.env}", "Password=secret", "password should come from a variable")]
    [InlineData("    UserData__Provider: PostgreSQL\n", "", "UserData__Provider should be PostgreSQL")]
    [InlineData("  site-3:\n    <<: *site\n    hostname: site-3\n    ports:\n      - 127.0.0.1:8083:8080\n", "", null)]
    public void TheComposeRules_CatchTheirMistakes(string find, string replace, string? problem)
    {
        string changed = Compose.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Compose, changed);

        var compose = ComposeFile.Parse(changed);
        var problems = DeploymentChecks.ComposeProblems(Docker, compose).Concat(DeploymentChecks.NginxProblems(Docker, compose, Nginx)).ToList();

        // Without site-3 the compose file is still right, but nginx's upstream then names a replica that does not exist.
        Assert.Contains(problems, p => p.Contains(problem ?? "the upstream lists site-1, site-2, site-3", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("        server site-2:8080 max_fails=1 fail_timeout=5s;\n", "", "the upstream lists site-1, site-3")]
    [InlineData("server site-3:8080 max_fails=1", "server site-3:80 max_fails=1", "site-3 is on port 80")]
    [InlineData("server site-1:8080 max_fails=1 fail_timeout=5s;", "server site-1:8080;", "site-1 has no max_fails")]
    [InlineData("http_502 http_503 http_504;", "http_502 http_503 http_504 non_idempotent;", "must not send a POST again")]
    [InlineData("proxy_next_upstream error timeout", "proxy_next_upstream timeout", "should retry on error timeout")]
    [InlineData("proxy_pass http://careerclusters;", "proxy_pass http://127.0.0.1:8080;", "nothing is passed to the upstream")]
    [InlineData("        keepalive 32;\n", "", "keepalive")]
    public void TheNginxRules_CatchTheirMistakes(string find, string replace, string problem)
    {
        string changed = Nginx.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Nginx, changed);

        Assert.Contains(DeploymentChecks.NginxProblems(Docker, ComposeFile.Parse(Compose), changed), p => p.Contains(problem, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/srv/careerclusters/out/CareerClusters.Web.dll --urls", "/srv/careerclusters/CareerClusters.Web.dll --urls", "the published dll")]
    [InlineData("--urls http://127.0.0.1:%i", "--urls http://127.0.0.1:5000", "its own port")]
    [InlineData("Content__DatabaseDirectory=/var/lib/careerclusters/%i", "Content__DatabaseDirectory=/var/lib/careerclusters", "its own Content__DatabaseDirectory")]
    [InlineData("EnvironmentFile=/etc/careerclusters/secrets.env", "Environment=UserData__ConnectionString=Host=db;Password=x", "never in the unit")]
    public void TheUnitRules_CatchTheirMistakes(string find, string replace, string problem)
    {
        string changed = Unit.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Unit, changed);

        Assert.Contains(DeploymentChecks.UnitProblems(Docker, changed), p => p.Contains(problem, StringComparison.Ordinal));
    }
}

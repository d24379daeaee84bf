using System.Text.RegularExpressions;

namespace CareerClusters.Tests.Deployment;

/// <summary>
/// The rules the deployment files must keep, each returning the problems it finds in plain words (none: the files
/// agree). There is no Docker engine on the project's machines, so these checks stand in for `docker compose config`
/// and a real start; bench/replicas.sh runs nginx -t on deploy/nginx.conf and runs it in front of two replicas.
/// </summary>
internal static class DeploymentChecks
{
    private static readonly string[] PortSettings = ["ASPNETCORE_HTTP_PORTS", "ASPNETCORE_URLS", "ASPNETCORE_HTTPS_PORTS"];
    private static readonly string[] Retried = ["error", "timeout", "http_502", "http_503", "http_504"];
    private static readonly string[] NginxDirectives = ["proxy_next_upstream_tries", "X-Forwarded-For $proxy_add_x_forwarded_for", "X-Forwarded-Proto $scheme"];

    /// <summary>The services that are neither the database nor nginx: the site's replicas.</summary>
    public static IReadOnlyList<string> Replicas(ComposeFile compose) =>
        [.. compose.Services.Where(s => !IsPostgres(s.Value) && !IsNginx(s.Value)).Select(s => s.Key).Order(StringComparer.Ordinal)];

    public static IReadOnlyList<string> ComposeProblems(DockerfileFacts docker, ComposeFile compose)
    {
        var problems = new List<string>();
        var postgres = compose.Services.Where(s => IsPostgres(s.Value)).ToList();
        if (postgres is not [var database])
        {
            problems.Add($"expected one PostgreSQL service, found {postgres.Count}");
        }
        else
        {
            if (ComposeFile.Scalar(database.Value, "image") is not { } image || !image.StartsWith("postgres:15", StringComparison.Ordinal))
            {
                problems.Add($"{database.Key}: the image should be PostgreSQL 15 (postgres:15)");
            }
            if (!ComposeFile.Volumes(database.Value).Any(v => v.Target == "/var/lib/postgresql/data"))
            {
                problems.Add($"{database.Key}: its data should be on a volume (/var/lib/postgresql/data)");
            }
            if (!database.Value.ContainsKey("healthcheck"))
            {
                problems.Add($"{database.Key}: no health check");
            }
        }
        if (compose.Services.Count(s => IsNginx(s.Value)) != 1)
        {
            problems.Add("expected one nginx service");
        }
        var replicas = Replicas(compose);
        if (replicas.Count < 2)
        {
            problems.Add($"expected at least two replicas of the site, found {replicas.Count}");
        }
        foreach (string name in replicas)
        {
            problems.AddRange(ReplicaProblems(docker, name, compose.Services[name], postgres.Select(p => p.Key)));
        }
        return problems;
    }

    private static IEnumerable<string> ReplicaProblems(DockerfileFacts docker, string name, IDictionary<object, object> service, IEnumerable<string> databases)
    {
        if (ComposeFile.Scalar(service, "image") != docker.ImageName)
        {
            yield return $"{name}: the image should be {docker.ImageName} (the name `docker build -t` gives it), not {ComposeFile.Scalar(service, "image") ?? "none"}";
        }
        if (ComposeFile.ContainerPorts(service).FirstOrDefault(p => p != docker.Port) is { } otherPort)
        {
            yield return $"{name}: publishes the container's port {otherPort}, but the image listens on {docker.Port}";
        }
        var environment = ComposeFile.Environment(service);
        foreach (string setting in PortSettings.Where(environment.ContainsKey))
        {
            yield return $"{name}: {setting} changes the port the Dockerfile sets ({docker.Port}), which nginx and the health check use";
        }
        var checkSettings = ComposeFile.Map(service.TryGetValue("healthcheck", out var check) ? check : null);
        var healthCheck = ComposeFile.List(checkSettings is not null && checkSettings.TryGetValue("test", out var test) ? test : null);
        string[] expected = ["CMD", .. docker.HealthCheck];
        if (!healthCheck.OfType<string>().SequenceEqual(expected))
        {
            yield return $"{name}: the health check should be [{string.Join(", ", expected)}], as the Dockerfile's HEALTHCHECK, not [{string.Join(", ", healthCheck)}]";
        }
        if (!ComposeFile.Volumes(service).Any(v => v.Target == docker.ContentPath && v.ReadOnly))
        {
            yield return $"{name}: the content should be mounted read-only on {docker.ContentPath}";
        }
        if (environment.GetValueOrDefault("UserData__Provider") != "PostgreSQL")
        {
            yield return $"{name}: UserData__Provider should be PostgreSQL";
        }
        string connection = environment.GetValueOrDefault("UserData__ConnectionString", "");
        if (!Regex.IsMatch(connection, @"Password=\$\{\w+"))
        {
            yield return $"{name}: the connection string's password should come from a variable (Password=${{...}}), never be written in the file";
        }
        if (!environment.ContainsKey("Site__BaseUrl"))
        {
            yield return $"{name}: Site__BaseUrl is not set";
        }
        var dependsOn = service.TryGetValue("depends_on", out var depends) ? depends : null;
        var dependencies = ComposeFile.Map(dependsOn)?.Keys.OfType<string>() ?? ComposeFile.List(dependsOn).OfType<string>();
        if (!databases.All(dependencies.Contains))
        {
            yield return $"{name}: should depend on the database";
        }
    }

    /// <summary>deploy/nginx.conf: an upstream of exactly the compose file's replicas on the image's port, with retries of idempotent requests.</summary>
    public static IReadOnlyList<string> NginxProblems(DockerfileFacts docker, ComposeFile compose, string nginxConf)
    {
        var problems = new List<string>();
        string conf = Regex.Replace(nginxConf, @"#[^\n]*", "");
        var upstream = Regex.Match(conf, @"upstream\s+(\w+)\s*\{([^}]*)\}");
        if (!upstream.Success)
        {
            return ["no upstream block"];
        }
        var servers = Regex.Matches(upstream.Groups[2].Value, @"^\s*server\s+([^\s:;]+):(\d+)([^;]*);", RegexOptions.Multiline);
        var hosts = servers.Select(s => s.Groups[1].Value).Order(StringComparer.Ordinal).ToList();
        if (!hosts.SequenceEqual(Replicas(compose)))
        {
            problems.Add($"the upstream lists {string.Join(", ", hosts)}; the compose file's replicas are {string.Join(", ", Replicas(compose))}");
        }
        problems.AddRange(servers.Where(s => s.Groups[2].Value != docker.Port)
            .Select(s => $"upstream server {s.Groups[1].Value} is on port {s.Groups[2].Value}, but the image listens on {docker.Port}"));
        problems.AddRange(servers.Where(s => !s.Groups[3].Value.Contains("max_fails=") || !s.Groups[3].Value.Contains("fail_timeout="))
            .Select(s => $"upstream server {s.Groups[1].Value} has no max_fails and fail_timeout (passive health checks)"));
        if (!Regex.IsMatch(upstream.Groups[2].Value, @"^\s*keepalive\s+\d+;", RegexOptions.Multiline))
        {
            problems.Add("the upstream keeps no idle connections open (keepalive)");
        }
        if (!conf.Contains($"proxy_pass http://{upstream.Groups[1].Value};", StringComparison.Ordinal))
        {
            problems.Add($"nothing is passed to the upstream {upstream.Groups[1].Value}");
        }
        var nextUpstream = Regex.Match(conf, @"proxy_next_upstream\s+([^;]*);");
        var listed = nextUpstream.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!nextUpstream.Success || !Retried.All(listed.Contains))
        {
            problems.Add($"proxy_next_upstream should retry on {string.Join(" ", Retried)}");
        }
        if (listed.Contains("non_idempotent"))
        {
            problems.Add("proxy_next_upstream must not send a POST again (non_idempotent): the first replica may have done it");
        }
        foreach (string directive in NginxDirectives.Where(d => !conf.Contains(d, StringComparison.Ordinal)))
        {
            problems.Add($"missing: {directive}");
        }
        var nginx = compose.Services.Where(s => IsNginx(s.Value)).Select(s => s.Value).FirstOrDefault();
        if (nginx is null || !ComposeFile.Volumes(nginx).Any(v => v.Source == "./nginx.conf" && v.Target == "/etc/nginx/nginx.conf" && v.ReadOnly))
        {
            problems.Add("the nginx service should mount ./nginx.conf on /etc/nginx/nginx.conf, read-only");
        }
        return problems;
    }

    /// <summary>deploy/careerclusters@.service: an instance per port, running the published dll the image runs, each with its own content databases.</summary>
    public static IReadOnlyList<string> UnitProblems(DockerfileFacts docker, string unit)
    {
        var problems = new List<string>();
        var lines = unit.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        string? Value(string key) => lines.FirstOrDefault(l => l.StartsWith(key + "=", StringComparison.Ordinal))?[(key.Length + 1)..];
        var environment = lines.Where(l => l.StartsWith("Environment=", StringComparison.Ordinal)).Select(l => l["Environment=".Length..].Split('=', 2))
            .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "");
        string folder = Value("WorkingDirectory") ?? "";
        var start = Regex.Match(Value("ExecStart") ?? "", @"^(\S+/dotnet) (\S+) (.*)$");
        if (!start.Success || start.Groups[2].Value != $"{folder}/{docker.Dll}")
        {
            problems.Add($"ExecStart should run dotnet {folder}/{docker.Dll} (the published dll, in WorkingDirectory)");
        }
        else if (!start.Groups[3].Value.Contains("--urls http://127.0.0.1:%i", StringComparison.Ordinal))
        {
            problems.Add("each instance should listen on its own port, 127.0.0.1:%i");
        }
        if (!environment.GetValueOrDefault("Content__DatabaseDirectory", "").Contains("%i", StringComparison.Ordinal))
        {
            problems.Add("each instance needs its own Content__DatabaseDirectory (with %i in it)");
        }
        if (environment.GetValueOrDefault("UserData__Provider") != "PostgreSQL")
        {
            problems.Add("UserData__Provider should be PostgreSQL");
        }
        if (lines.Any(l => l.Contains("Password=", StringComparison.OrdinalIgnoreCase)) || Value("EnvironmentFile") is null)
        {
            problems.Add("the connection string with its password belongs in an EnvironmentFile, never in the unit");
        }
        return problems;
    }

    private static bool IsPostgres(IDictionary<object, object> service) => ComposeFile.Scalar(service, "image")?.StartsWith("postgres", StringComparison.Ordinal) == true;

    private static bool IsNginx(IDictionary<object, object> service) => ComposeFile.Scalar(service, "image")?.StartsWith("nginx", StringComparison.Ordinal) == true;
}

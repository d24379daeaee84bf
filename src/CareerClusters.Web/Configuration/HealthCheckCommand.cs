namespace CareerClusters.Web.Configuration;

public static class HealthCheckCommand
{
    /// <summary>Exits 0 when the site on this machine answers /healthz with 200, 1 otherwise.</summary>
    public static async Task<int> RunAsync(string ports)
    {
        string port = ports.Split(',', ';')[0].Trim();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await client.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz"));
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            await Console.Error.WriteLineAsync($"healthcheck: {ex.Message}");
            return 1;
        }
    }
}

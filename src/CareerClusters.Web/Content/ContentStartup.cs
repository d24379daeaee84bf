namespace CareerClusters.Web.Content;

public static class ContentStartup
{
    /// <summary>
    /// Imports the content before the site takes requests, unless the folder has not changed since the last import
    /// (its database is then served again). With errors, the site serves the last good content
    /// database if there is one; with none, it prints every problem and returns false, so the app stops with a
    /// non-zero exit code instead of serving an empty site.
    /// </summary>
    public static async Task<bool> LoadContentAsync(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<ContentStore>();
        if (await store.TryReuseLastImportAsync())
        {
            return true;
        }
        var result = await store.LoadAsync("start-up");
        if (!result.HasErrors || await store.TryRestoreLastGoodAsync())
        {
            return true;
        }
        await Console.Error.WriteLineAsync($"The content in {store.ContentPath} has problems and there is no earlier good content to serve; the site cannot start:");
        foreach (var problem in result.Problems)
        {
            await Console.Error.WriteLineAsync(problem.ToString());
        }
        return false;
    }
}

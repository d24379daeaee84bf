namespace CareerClusters.Web.Content;

public static class ContentStartup
{
    /// <summary>
    /// Imports the content before the site takes requests. With errors, prints every problem and returns false,
    /// so the app stops with a non-zero exit code instead of serving a half-built site.
    /// </summary>
    public static async Task<bool> LoadContentAsync(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<ContentStore>();
        var result = await store.LoadAsync();
        if (!result.HasErrors)
        {
            return true;
        }
        await Console.Error.WriteLineAsync($"The content in {store.ContentPath} has problems; the site cannot start:");
        foreach (var problem in result.Problems)
        {
            await Console.Error.WriteLineAsync(problem.ToString());
        }
        return false;
    }
}

namespace CareerClusters.Web.Content;

/// <summary>An address listed in retired-pages.txt, with its line.</summary>
public sealed record RetiredPage(string Path, int Line)
{
    /// <summary>The file that lists it: the national retired-pages.txt, or a district folder's (named by its full path).</summary>
    public string File { get; init; } = RetiredPages.FileName;
}

/// <summary>
/// content/retired-pages.txt: the addresses of pages taken off the site on purpose, one a line ("#" starts a note).
/// A page that the site serves and whose file is removed must either be redirected (redirect_from) or listed here;
/// a listed address then answers "not found", and counselors' lists show the page as no longer available.
/// </summary>
public static class RetiredPages
{
    public const string FileName = "retired-pages.txt";

    public static IReadOnlyList<RetiredPage> Read(string contentPath, List<ContentProblem> problems)
    {
        string path = System.IO.Path.Combine(contentPath, FileName);
        if (!File.Exists(path) || ContentText.Read(path, FileName, problems) is not { } text)
        {
            return [];
        }
        var pages = new List<RetiredPage>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Split('#')[0].Trim();
            if (line.Length == 0)
            {
                continue;
            }
            if (!line.StartsWith('/') || line.Contains(' ', StringComparison.Ordinal))
            {
                problems.Add(new ContentProblem(FileName, i + 1, 1, $"\"{line}\" is not an address of this site")
                {
                    Fix = "Write the page's address as it appears after the site's name, one a line, like: /guides/faq",
                });
                continue;
            }
            pages.Add(new RetiredPage(line.TrimEnd('/').ToLowerInvariant(), i + 1));
        }
        return pages;
    }
}

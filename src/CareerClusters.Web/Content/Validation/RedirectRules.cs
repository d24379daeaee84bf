namespace CareerClusters.Web.Content.Validation;

/// <summary>
/// An old address must not be a page's address (the page would stay, and the redirect would never be used, or
/// point the page at itself), nor the old address of another page (which page would it go to?).
/// </summary>
internal static class RedirectRules
{
    public static void Check(ContentSet content, List<ContentProblem> problems)
    {
        var pages = PageAddresses.Of(content);
        var claimed = new Dictionary<string, DeclaredRedirect>(StringComparer.Ordinal);
        foreach (var redirect in MovedPages.Declared(content))
        {
            if (pages.Contains(redirect.From))
            {
                string whose = redirect.From == redirect.To ? "this page's own address" : "the address of another page";
                problems.Add(new ContentProblem(redirect.File, redirect.Line, 1,
                    $"redirect_from: {redirect.From} is {whose}; an old address must be one that no page uses now"));
            }
            else if (claimed.TryGetValue(redirect.From, out var first))
            {
                if (first.To != redirect.To)
                {
                    problems.Add(new ContentProblem(redirect.File, redirect.Line, 1,
                        $"redirect_from: {redirect.From} already redirects to {first.To} ({first.File}:{first.Line}); one old address can lead to one page only"));
                }
            }
            else
            {
                claimed[redirect.From] = redirect;
            }
        }
    }
}

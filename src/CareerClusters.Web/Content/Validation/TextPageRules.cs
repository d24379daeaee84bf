namespace CareerClusters.Web.Content.Validation;

/// <summary>Guides and the home page: pages of text that need only a title, a summary and a body (and guides an order).</summary>
internal static class TextPageRules
{
    public static void Check(IReadOnlyList<ContentFile<GuideFrontMatter>> guides, ContentFile<HomeFrontMatter>? home, List<ContentProblem> problems)
    {
        foreach (var guide in guides)
        {
            FileRules.RequireText(guide, "title", guide.Meta.Title, problems);
            FileRules.RequireText(guide, "summary", guide.Meta.Summary, problems);
            FileRules.RequireOrder(guide, guide.Meta.Order, problems);
            FileRules.RequireBody(guide, problems);
        }

        if (home is not null)
        {
            FileRules.RequireText(home, "title", home.Meta.Title, problems);
            FileRules.RequireText(home, "summary", home.Meta.Summary, problems);
            FileRules.RequireBody(home, problems);
        }
    }
}

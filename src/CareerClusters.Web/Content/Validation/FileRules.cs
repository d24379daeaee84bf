namespace CareerClusters.Web.Content.Validation;

/// <summary>Checks every kind of page file shares (required fields, a body), and the one way a file's problem is reported.</summary>
internal static class FileRules
{
    public static void RequireText<T>(ContentFile<T> file, string field, string? value, List<ContentProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(problems, file, file.Lines.Of(field), $"missing required field \"{field}\"");
        }
    }

    public static void RequireOrder<T>(ContentFile<T> file, int? order, List<ContentProblem> problems)
    {
        if (order is null)
        {
            Add(problems, file, file.Lines.Of("order"), "missing required field \"order\" (a whole number that sets the position in lists)");
        }
    }

    public static void RequireBody<T>(ContentFile<T> file, List<ContentProblem> problems)
    {
        if (file.Body.BodyIsEmpty)
        {
            problems.Add(new ContentProblem(file.File, 1, 1, "the page has no text: write the body below the closing \"---\" of the front matter"));
        }
    }

    public static void Add<T>(List<ContentProblem> problems, ContentFile<T> file, int line, string message) =>
        problems.Add(new ContentProblem(file.File, line, 1, message));
}

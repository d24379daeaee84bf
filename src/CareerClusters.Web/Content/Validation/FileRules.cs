namespace CareerClusters.Web.Content.Validation;

/// <summary>Checks every kind of page file shares (required fields, a body), and the one way a file's problem is reported.</summary>
internal static class FileRules
{
    public static void RequireText<T>(ContentFile<T> file, string field, string? value, List<ContentProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(problems, file, file.Lines.Of(field), $"missing required field \"{field}\"",
                $"Add a line \"{field}: ...\" between the two --- lines at the top of the file (a similar file shows what to write).");
        }
    }

    public static void RequireOrder<T>(ContentFile<T> file, int? order, List<ContentProblem> problems)
    {
        if (order is null)
        {
            Add(problems, file, file.Lines.Of("order"), "missing required field \"order\" (a whole number that sets the position in lists)",
                "Add a line such as \"order: 3\" between the two --- lines at the top of the file.");
        }
    }

    public static void RequireBody<T>(ContentFile<T> file, List<ContentProblem> problems)
    {
        if (file.Body.BodyIsEmpty)
        {
            problems.Add(new ContentProblem(file.File, 1, 1, "the page has no text")
            {
                Fix = "Write the page's text below the second --- line of the file.",
            });
        }
    }

    public static void Add<T>(List<ContentProblem> problems, ContentFile<T> file, int line, string message, string fix = "") =>
        problems.Add(new ContentProblem(file.File, line, 1, message) { Fix = fix });
}

namespace CareerClusters.Web.Content.DataFiles;

/// <summary>
/// The military counterparts and the paying-for-training sentences (<see cref="TrainingRouteFiles"/>), read as written:
/// <c>Validation/TrainingRouteRules</c> checks codes, titles, education keys and links, each at its file and line.
/// </summary>
internal static class TrainingRouteReaders
{
    public static void Read(string contentPath, OccupationData data, List<ContentProblem> problems)
    {
        DataTable.Read(contentPath, TrainingRouteFiles.MilitaryCounterparts, ',', ["military_code", "military_title", "civilian_code", "civilian_title", "why"], problems, row =>
            data.MilitaryCounterparts.Add(new MilitaryCounterpartRow(row["military_code"], row["military_title"], row["civilian_code"], row["civilian_title"], row["why"],
                row.File, row.Line)));
        DataTable.Read(contentPath, TrainingRouteFiles.TrainingCosts, ',', ["education", "text"], problems, row =>
            data.TrainingCosts.Add(new TrainingCostRow(row["education"], MarkdownDocumentParser.Parse(row["text"]),
                row.Optional(TrainingRouteFiles.SpanishTextColumn) is { Length: > 0 } spanish ? MarkdownDocumentParser.Parse(spanish) : null, row.File, row.Line)));
    }
}

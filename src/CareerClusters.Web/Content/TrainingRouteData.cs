namespace CareerClusters.Web.Content;

/// <summary>
/// A row of data/military/counterparts.csv: a military job (O*NET major group 55) and a civilian job it trains people
/// for, as the file writes them (the validator checks the codes, the titles and the reason).
/// </summary>
public sealed record MilitaryCounterpartRow(string MilitaryCode, string MilitaryTitle, string CivilianCode, string CivilianTitle, string Why, string File, int Line);

/// <summary>
/// A row of data/education/paying-for-training.csv: one education level's sentence on paying for its training, in
/// Markdown, and the same sentence in Spanish (column text_es; null where the file has none, and the Spanish page then
/// shows the English one, marked as English).
/// </summary>
public sealed record TrainingCostRow(string Education, ParsedMarkdown Text, ParsedMarkdown? SpanishText, string File, int Line);

/// <summary>The two small files behind the job pages' training routes: military counterparts and paying for training.</summary>
public static class TrainingRouteFiles
{
    public const string MilitaryCounterparts = "data/military/counterparts.csv";
    public const string TrainingCosts = "data/education/paying-for-training.csv";

    /// <summary>The paying-for-training file's optional column with each sentence in Spanish.</summary>
    public const string SpanishTextColumn = "text_es";

    /// <summary>O*NET puts every military-only job in major group 55 ("Military Specific Occupations").</summary>
    public const string MilitaryCodePrefix = "55-";
}

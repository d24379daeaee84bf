using System.Text.Json;

namespace CareerClusters.Web.Data;

/// <summary>
/// An earlier survey, as content/survey/versions.yml records it: the clusters' statements a result link of that
/// version was made with. A link of a recorded version is read and scored with its own statements, so it shows the
/// clusters (and the words ticked) it showed when it was made, whatever the clusters' files say today.
/// </summary>
public sealed class ArchivedSurvey
{
    public int Id { get; set; }

    /// <summary>The version in the result links made with it (<see cref="SurveyDefinition.Version"/>).</summary>
    public required string Version { get; set; }

    /// <summary>Its clusters and statements, as JSON (<see cref="SurveyArchive.ToJson"/>).</summary>
    public required string Clusters { get; set; }
}

public static class SurveyArchive
{
    /// <summary>Where the record of earlier surveys lives in the content folder.</summary>
    public const string FileName = "survey/versions.yml";

    public static string ToJson(IReadOnlyList<ClusterStatements> clusters) => JsonSerializer.Serialize(clusters);

    public static IReadOnlyList<ClusterStatements> FromJson(string json) => JsonSerializer.Deserialize<List<ClusterStatements>>(json) ?? [];
}

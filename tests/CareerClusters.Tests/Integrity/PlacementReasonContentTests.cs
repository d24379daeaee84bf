using System.Text;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;
using CareerClusters.Web.Data;

namespace CareerClusters.Tests.Integrity;

/// <summary>
/// The real content against O*NET's 16-cluster crosswalk, worked out here from the two CSV files on their own (not
/// through the validator): every job a pathway lists outside O*NET's places has a written reason in its occupation
/// file, and every reason names a pathway that lists the job. docs/content.md, "placement_reasons".
/// </summary>
[Trait("Category", "ContentQuality")]
public class PlacementReasonContentTests
{
    private static readonly Lazy<ContentSet> Content = new(() => ContentLoader.Load(TestPaths.RealContent).Content);

    private static string DataFile(string name) => Path.Combine(TestPaths.RealContent, "data", "onet", name);

    /// <summary>The rows of a CSV file as O*NET writes it (fields in double quotes where they hold a comma), header first.</summary>
    private static List<string[]> ReadCsv(string name)
    {
        var rows = new List<string[]>();
        foreach (string line in File.ReadLines(DataFile(name)).Where(l => l.Length > 0))
        {
            var fields = new List<string>();
            var field = new StringBuilder();
            bool quoted = false;
            for (int i = 0; i < line.Length; i++)
            {
                char c = line[i];
                if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = !quoted;
                }
                else if (c == ',' && !quoted)
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else
                {
                    field.Append(c);
                }
            }
            fields.Add(field.ToString());
            rows.Add([.. fields]);
        }
        return rows;
    }

    private static string Key(string pathwayName) =>
        string.Join(' ', pathwayName.Replace("&", " and ", StringComparison.Ordinal).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>(pathway name key, O*NET-SOC 2019 code) for every place O*NET gives a job, its 2010 codes carried to 2019.</summary>
    private static HashSet<(string Pathway, string Code)> OnetPlaces()
    {
        var to2019 = ReadCsv("2010_to_2019_Crosswalk.csv").Skip(1).ToLookup(r => r[0], r => r[2]);
        return ReadCsv("career-clusters-16.csv").Skip(1)
            .SelectMany(r => (to2019.Contains(r[2]) ? to2019[r[2]] : [r[2]]).Select(code => (Key(r[1]), code)))
            .ToHashSet();
    }

    private static List<ContentFile<PathwayFrontMatter>> Pathways16 => Content.Value.Pathways.Where(p => p.Framework == Frameworks.Sixteen).ToList();

    [Fact]
    public void OnetsCrosswalks_AreCarriedAsPublished_AndNameThe79Pathways()
    {
        var clusters = ReadCsv("career-clusters-16.csv");
        var taxonomy = ReadCsv("2010_to_2019_Crosswalk.csv");

        Assert.Equal(["Career Cluster", "Career Pathway", "Code", "Occupation"], clusters[0]);
        Assert.Equal(1_109, clusters.Count - 1);
        Assert.Equal(["O*NET-SOC 2010 Code", "O*NET-SOC 2010 Title", "O*NET-SOC 2019 Code", "O*NET-SOC 2019 Title"], taxonomy[0]);
        Assert.Equal(1_164, taxonomy.Count - 1);
        var titles = Pathways16.Select(p => Key(p.Meta.Title!)).ToHashSet();
        Assert.All(clusters.Skip(1), row => Assert.Contains(Key(row[1]), titles));
        // Six pathways of the framework have no job in O*NET's crosswalk: every job they list needs a reason.
        Assert.Equal(73, clusters.Skip(1).Select(r => Key(r[1])).Distinct().Count());
    }

    [Fact]
    public void EveryPlacementOutsideOnetsCrosswalk_HasAWrittenReasonInItsOccupationFile()
    {
        var places = OnetPlaces();
        var occupations = Content.Value.Occupations.ToDictionary(o => o.Meta.Code!);
        var outside = Pathways16
            .SelectMany(p => p.Meta.Occupations.Where(code => !places.Contains((Key(p.Meta.Title!), code))).Select(code => (Pathway: p.Slug, Code: code)))
            .ToList();

        var missing = outside
            .Where(o => string.IsNullOrWhiteSpace(occupations[o.Code].Meta.PlacementReasons.GetValueOrDefault(o.Pathway)))
            .Select(o => $"{occupations[o.Code].File}: no reason for \"{o.Pathway}\"")
            .ToList();

        Assert.True(missing.Count == 0, string.Join("\n", missing));
        Assert.InRange(outside.Count, 1, 200);
    }

    [Fact]
    public void EveryReason_NamesAPathwayThatListsTheJob()
    {
        var pathways = Pathways16.ToDictionary(p => p.Slug);

        var wrong = Content.Value.Occupations
            .SelectMany(o => o.Meta.PlacementReasons.Keys
                .Where(slug => !pathways.TryGetValue(slug, out var pathway) || !pathway.Meta.Occupations.Contains(o.Meta.Code!))
                .Select(slug => $"{o.File}: \"{slug}\" does not list {o.Meta.Code}"))
            .ToList();

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }
}

using System.Data.Common;
using System.Text.Json;
using CareerClusters.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Content;

/// <summary>
/// Writes a validated content set into a new, empty content database. EF Core creates the schema from the
/// model; the rows are written with prepared commands in one transaction, because EF's change tracking made an
/// import of ~3,000 rows take most of a second, and a saved edit must be live within one.
/// </summary>
public static class ContentImporter
{
    /// <summary>
    /// Raise when the database's shape or what is written into it changes without the code changing otherwise. Any
    /// build of different code also gives a different <see cref="Version"/>, so a database is only reused by the code
    /// that wrote it.
    /// </summary>
    public const int FormatVersion = 12;

    /// <summary>The importer that wrote a database: the format version and this build's module id.</summary>
    public static string Version { get; } = $"{FormatVersion}+{typeof(ContentImporter).Assembly.ManifestModule.ModuleVersionId:N}";

    /// <summary>
    /// Writes the database and returns the generation's in-memory search data, built from the same documents. What it
    /// was imported from (the folder's fingerprint, the importer's version, the warnings) is written last, in the same
    /// transaction as the rows: a database without it is incomplete and never used again.
    /// </summary>
    public static async Task<SearchLexicon> ImportAsync(ContentSet content, ContentDbContext db, ContentDatabaseInfo info, CancellationToken cancellationToken = default)
    {
        await db.Database.EnsureDeletedAsync(cancellationToken);
        await db.Database.EnsureCreatedAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            // The file is derived and not served until the import is complete: durability during the build buys nothing.
            await Execute(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;", cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var search = await WriteRowsAsync(content, info.Languages, connection, cancellationToken);
            await ContentDatabaseInfo.WriteAsync(connection, info, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return search;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<SearchLexicon> WriteRowsAsync(ContentSet content, LanguageCoverage languages, DbConnection connection, CancellationToken cancellationToken)
    {
        // A cluster is known by its framework and slug: two frameworks may use the same slug.
        var clusterIds = new Dictionary<(string Framework, string Slug), int>();
        await using (var insert = new PreparedInsert(connection, "Clusters", "Id", "Framework", "Slug", "Title", "Code", "Order", "Summary", "Icon", "Colour", "Sections", "RelatedSlugs", "IsThisYou"))
        {
            foreach (var file in content.Clusters)
            {
                int id = clusterIds[(file.Framework, file.Slug)] = clusterIds.Count + 1;
                await insert.RunAsync(cancellationToken, id, file.Framework, file.Slug, file.Meta.Title, file.Meta.Code, file.Meta.Order ?? 0, file.Meta.Summary,
                    file.Meta.Icon, file.Meta.Colour, Json(file.Body.Sections), Json(file.Meta.Related), Json(ContentSurvey.Statements(file.Meta.IsThisYou)));
            }
        }
        await using (var insert = new PreparedInsert(connection, "SurveyVersions", "Version", "Clusters"))
        {
            // Earlier surveys, so a result link made with one is read with its own statements (survey/versions.yml).
            foreach (var survey in content.SurveyVersions.DistinctBy(s => s.Version))
            {
                await insert.RunAsync(cancellationToken, survey.Version, SurveyArchive.ToJson(survey.Clusters));
            }
        }

        var occupationIds = new Dictionary<string, int>();
        double allJobs = content.Data.AllOccupationsChangePercent ?? 0;
        var technologies = new TechnologyFit(content.Data);
        await using (var insert = new PreparedInsert(connection, "Occupations", "Id", "Code", "Slug", "Title", "Education", "DescriptionHtml", "DescriptionText",
            "OnetDescription", "AlternateTitles", "AlsoCalled", "Tasks", "HotTechnologies", "JobZone", "Interests", "Outlook", "Sections", "ApprenticeshipRoute", "WaysIn"))
        {
            foreach (var file in content.Occupations)
            {
                string code = file.Meta.Code!;
                int id = occupationIds[code] = occupationIds.Count + 1;
                var data = content.Data;
                var outlook = OutlookOf(code, data, allJobs);
                var onetTitles = data.Titles.GetValueOrDefault(code, []);
                var alsoCalled = file.Meta.AlternateTitles.Concat(data.ShownTitles.GetValueOrDefault(code, []))
                    .Where(t => !t.Equals(file.Meta.Title, StringComparison.OrdinalIgnoreCase))
                    .Distinct(StringComparer.OrdinalIgnoreCase).Take(8).ToList();
                await insert.RunAsync(cancellationToken, id, code, file.Slug, file.Meta.Title,
                    data.EducationKeyOf(code, file.Meta.Education),
                    // The summary is the text before any "##" heading; the sections after it show under their headings.
                    string.Concat(file.Body.Sections.TakeWhile(s => s.Heading is null).Select(s => s.Html)), file.Body.IntroText.Trim(), data.Descriptions.GetValueOrDefault(code),
                    Json(file.Meta.AlternateTitles.Concat(onetTitles).Distinct(StringComparer.OrdinalIgnoreCase).ToList()), Json(alsoCalled),
                    Json(data.Tasks.GetValueOrDefault(code, [])), Json(technologies.For(code)),
                    data.JobZones.TryGetValue(code, out int zone) ? zone : null, data.Interests.GetValueOrDefault(code),
                    outlook is null ? null : Json(outlook), Json(file.Body.Sections.Where(s => s.Heading is not null).ToList()),
                    ApprenticeshipRoutes.Has(data, file), WaysInOf(file.Meta.WaysIn) is { } waysIn ? Json(waysIn) : null);
            }
        }
        await TrainingRouteImport.WriteAsync(content, connection, occupationIds, cancellationToken);
        await StateImport.WriteAsync(content.Data.States, connection, cancellationToken);
        await DistrictImport.WriteAsync(content, connection, cancellationToken);
        await TranslationImport.WriteAsync(content, connection, cancellationToken);

        var crosswalk = CrosswalkShares.Compute(content);
        var pathwayIds = new Dictionary<(string Framework, string Slug), int>();
        await using (var pathways = new PreparedInsert(connection, "Pathways", "Id", "Framework", "Slug", "Title", "ClusterId", "Order", "Summary", "Sections"))
        await using (var members = new PreparedInsert(connection, "PathwayOccupations", "PathwayId", "OccupationId", "Featured", "Order"))
        {
            foreach (var file in content.Pathways)
            {
                int pathwayId = pathwayIds[(file.Framework, file.Slug)] = pathwayIds.Count + 1;
                await pathways.RunAsync(cancellationToken, pathwayId, file.Framework, file.Slug, file.Meta.Title, clusterIds[(file.Framework, file.Meta.Cluster!)], file.Meta.Order ?? 0,
                    file.Meta.Summary, Json(file.Body.Sections));
                // Featured occupations come first, in the order the file lists them.
                var ordered = file.Meta.Featured.Concat(file.Meta.Occupations.Except(file.Meta.Featured)).ToList();
                for (int order = 0; order < ordered.Count; order++)
                {
                    await members.RunAsync(cancellationToken, pathwayId, occupationIds[ordered[order]], file.Meta.Featured.Contains(ordered[order]), order);
                }
            }
        }

        await using (var insert = new PreparedInsert(connection, "CrosswalkShares", "FromClusterId", "FromPathwayId", "ToClusterId", "ToPathwayId", "Shared", "Total"))
        {
            int? PathwayId(CrosswalkGroup group) => group.PathwaySlug is null ? null : pathwayIds[(group.Framework, group.PathwaySlug)];
            foreach (var count in crosswalk)
            {
                await insert.RunAsync(cancellationToken, clusterIds[(count.From.Framework, count.From.ClusterSlug)], PathwayId(count.From),
                    clusterIds[(count.To.Framework, count.To.ClusterSlug)], PathwayId(count.To), count.Shared, count.Total);
            }
        }

        await using (var insert = new PreparedInsert(connection, "Guides", "Slug", "Title", "Order", "Summary", "Sections"))
        {
            foreach (var file in content.Guides)
            {
                await insert.RunAsync(cancellationToken, file.Slug, file.Meta.Title, file.Meta.Order ?? 0, file.Meta.Summary, Json(file.Body.Sections));
            }
        }

        if (content.Home is { } home)
        {
            await using var insert = new PreparedInsert(connection, "SitePages", "Key", "Title", "Summary", "Sections");
            await insert.RunAsync(cancellationToken, "home", home.Meta.Title, home.Meta.Summary, Json(home.Body.Sections));
        }

        await using (var insert = new PreparedInsert(connection, "Redirects", "FromPath", "ToPath"))
        {
            foreach (var (from, to) in MovedPages.All(content))
            {
                await insert.RunAsync(cancellationToken, from, to);
            }
        }

        await using (var insert = new PreparedInsert(connection, "Pages", "Path", "LastModified"))
        {
            foreach (var (path, lastModified) in PageList.InEveryLanguage(content, languages))
            {
                await insert.RunAsync(cancellationToken, path, lastModified);
            }
        }

        return await SearchIndexImport.WriteAsync(content, crosswalk, connection, cancellationToken);
    }

    private static OccupationOutlook? OutlookOf(string code, OccupationData data, double allJobs) =>
        data.ProjectionFor(code) is not { } p ? null : new OccupationOutlook
        {
            SocCode = p.SocCode,
            SocTitle = p.Title,
            // A specialty (29-1141.01) or a code BLS merges into another shares its group's figures.
            IsWiderGroup = p.SocCode != code[..7] || !code.EndsWith(".00", StringComparison.Ordinal),
            FromYear = data.Years!.From,
            ToYear = data.Years.To,
            WageYear = data.Years.WageYear,
            EmploymentFrom = p.EmploymentBase,
            EmploymentTo = p.EmploymentTarget,
            ChangePercent = p.ChangePercent,
            AllJobsChangePercent = allJobs,
            AnnualOpenings = p.AnnualOpenings,
            MedianWage = p.MedianWage,
            MedianWageAtLeast = p.MedianWageAtLeast,
            Education = p.Education,
            WorkExperience = p.WorkExperience,
            OnTheJobTraining = p.OnTheJobTraining,
            OohUrl = p.OohUrl,
        };

    /// <summary>A job's checked routes in, as stored (validated before: the date parses, no step or source is empty).</summary>
    internal static JobWaysIn? WaysInOf(WaysInFrontMatter? waysIn) =>
        waysIn is null || Validation.WaysInRules.DateOf(waysIn.Checked) is not { } date ? null : new JobWaysIn
        {
            Checked = date,
            Steps = waysIn.Steps.OfType<string>().Select(s => s.Trim()).ToList(),
            License = waysIn.License?.Trim(),
            Sources = waysIn.Sources.OfType<string>().Select(s => s.Trim()).ToList(),
        };

    /// <summary>JSON in the shape EF Core reads back for owned JSON collections and primitive collections.</summary>
    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    internal static async Task Execute(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

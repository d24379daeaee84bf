using System.Data.Common;
using System.Text.Json;

namespace CareerClusters.Web.Content;

/// <summary>
/// What a content database was imported from, kept in the database itself (table ContentInfo): at start-up, a
/// database whose folder fingerprint and importer version match the folder and the running code is served again
/// instead of importing the same content a second time.
/// </summary>
public sealed record ContentDatabaseInfo(string Fingerprint, string ImporterVersion, IReadOnlyList<ContentProblem> Warnings)
{
    public const string Table = "ContentInfo";

    /// <summary>The pages and old addresses the database serves: the next content is compared with them.</summary>
    public PublishedPages? Published { get; init; }

    /// <summary>The district whose folder the content was read with (its name, state and pages), or <see cref="Data.DistrictInfo.None"/>.</summary>
    public Data.DistrictInfo District { get; init; } = Data.DistrictInfo.None;

    /// <summary>Which content pages have their text in each language besides English.</summary>
    public Data.LanguageCoverage Languages { get; init; } = Data.LanguageCoverage.None;

    public static async Task WriteAsync(DbConnection connection, ContentDatabaseInfo info, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"CREATE TABLE \"{Table}\" (\"Key\" TEXT NOT NULL PRIMARY KEY, \"Value\" TEXT NOT NULL); " +
            $"INSERT INTO \"{Table}\" VALUES ('fingerprint', $fingerprint), ('importer', $importer), ('warnings', $warnings), ('pages', $pages), ('district', $district), ('languages', $languages);";
        Add(command, "$fingerprint", info.Fingerprint);
        Add(command, "$importer", info.ImporterVersion);
        Add(command, "$warnings", JsonSerializer.Serialize(info.Warnings));
        Add(command, "$pages", info.Published?.ToJson() ?? "");
        Add(command, "$district", JsonSerializer.Serialize(info.District));
        Add(command, "$languages", JsonSerializer.Serialize(info.Languages.Missing));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The database's info; throws a SqliteException when the database is not a complete content database.</summary>
    public static async Task<ContentDatabaseInfo> ReadAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT \"Key\", \"Value\" FROM \"{Table}\"";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                values[reader.GetString(0)] = reader.GetString(1);
            }
        }
        var warnings = values.TryGetValue("warnings", out string? json) ? JsonSerializer.Deserialize<List<ContentProblem>>(json) ?? [] : [];
        return new ContentDatabaseInfo(values.GetValueOrDefault("fingerprint", ""), values.GetValueOrDefault("importer", ""), warnings)
        {
            Published = PublishedPages.FromJson(values.GetValueOrDefault("pages")),
            District = values.TryGetValue("district", out string? district) ? JsonSerializer.Deserialize<Data.DistrictInfo>(district) ?? Data.DistrictInfo.None : Data.DistrictInfo.None,
            Languages = values.TryGetValue("languages", out string? languages) && JsonSerializer.Deserialize<Dictionary<string, List<string>>>(languages) is { } missing
                ? new Data.LanguageCoverage(missing) : Data.LanguageCoverage.None,
        };
    }

    private static void Add(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

using System.Data.Common;
using CareerClusters.Web.Content.DataFiles;

namespace CareerClusters.Web.Content;

/// <summary>Writes the States table from data/states/states.csv (validated before: codes, names and slugs are unique).</summary>
internal static class StateImport
{
    public static async Task WriteAsync(IEnumerable<StateRow> rows, DbConnection connection, CancellationToken cancellationToken)
    {
        await using var insert = new PreparedInsert(connection, "States", "Code", "Name", "Slug", "CareerSite");
        foreach (var row in rows.DistinctBy(r => r.Code))
        {
            await insert.RunAsync(cancellationToken, row.Code, row.Name, row.Slug, row.CareerSite.Length == 0 ? null : row.CareerSite);
        }
    }
}

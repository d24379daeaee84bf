using System.Data.Common;
using CareerClusters.Web.Data;

namespace CareerClusters.Web.Content;

/// <summary>Writes the training-route tables: the military counterparts and the paying-for-training sentences (validated before).</summary>
internal static class TrainingRouteImport
{
    public static async Task WriteAsync(ContentSet content, DbConnection connection, IReadOnlyDictionary<string, int> occupationIds, CancellationToken cancellationToken)
    {
        await using (var insert = new PreparedInsert(connection, "MilitaryCounterparts", "MilitaryOccupationId", "CivilianOccupationId"))
        {
            foreach (var row in content.Data.MilitaryCounterparts.DistinctBy(r => (r.MilitaryCode, r.CivilianCode)))
            {
                if (occupationIds.TryGetValue(row.MilitaryCode, out int military) && occupationIds.TryGetValue(row.CivilianCode, out int civilian))
                {
                    await insert.RunAsync(cancellationToken, military, civilian);
                }
            }
        }
        await using (var insert = new PreparedInsert(connection, "TrainingCostNotes", "Education", "Language", "Html"))
        {
            foreach (var row in content.Data.TrainingCosts.Where(r => r.Text.Sections.Count == 1).DistinctBy(r => r.Education))
            {
                await insert.RunAsync(cancellationToken, row.Education, SiteCultures.Default, row.Text.Sections[0].Html);
                if (row.SpanishText?.Sections is [var spanish])
                {
                    await insert.RunAsync(cancellationToken, row.Education, SiteCultures.Spanish, spanish.Html);
                }
            }
        }
    }
}

using CareerClusters.Web.Content;
using CareerClusters.Web.Data;
using CareerClusters.Web.Data.UserData;
using CareerClusters.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Classes;

/// <summary>Reads a class for its board and join page, and survey results for sending, into read models (values only; <see cref="ClassPages"/> words the pages).</summary>
public sealed class ClassQueries(ContentDbContext db, ContentGeneration generation)
{
    /// <summary>The 16 clusters as boards show them, by slug.</summary>
    public async Task<IReadOnlyDictionary<string, ClassCluster>> ClustersAsync(CancellationToken cancellationToken)
    {
        var clusters = await db.Clusters.AsNoTracking().InFramework(Frameworks.Sixteen)
            .Select(c => new { c.Slug, c.Title, c.Icon, c.Colour, c.Order })
            .ToListAsync(cancellationToken);
        return clusters.ToDictionary(c => c.Slug, c => new ClassCluster(c.Slug, c.Title, new ClusterLook(c.Icon, c.Colour), c.Order), StringComparer.Ordinal);
    }

    /// <summary>A class with its entries (numbered in the order they came, each with the clusters it had in its top three) and its chart.</summary>
    public async Task<ClassBoardDetails> BoardAsync(ClassBoard board, CancellationToken cancellationToken)
    {
        var clusters = await ClustersAsync(cancellationToken);
        var entries = board.Entries.OrderBy(e => e.SentUtc).ThenBy(e => e.Id)
            .Select((e, i) => new ClassEntryRow(e.Id, i + 1, e.Name, e.ResultCode,
                e.TopClusters.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(slug => ClusterOf(clusters, slug)).ToList(), e.SentUtc))
            .ToList();
        return new ClassBoardDetails(board.JoinCode, board.Title, board.CreatedUtc, board.ExpiresUtc, board.IsClosed, entries,
            ClassChart.Bars(entries, clusters.Values));
    }

    public static ClassToJoin ToJoin(ClassBoard board) =>
        new(board.JoinCode, board.Title, board.IsClosed, board.Entries.Count >= ClassBoard.MaxEntries);

    /// <summary>A result link's code with its top clusters, read with the survey it was made with; null when it cannot be read or names no cluster.</summary>
    public async Task<ResultToSend?> ResultAsync(string? resultCode, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(resultCode) || resultCode.Length > ClassEntry.MaxResultCode)
        {
            return null;
        }
        var top = SurveyReader.TopOf(await SurveyReader.ReadAsync(db, generation, resultCode, cancellationToken));
        if (top.Count == 0)
        {
            return null;
        }
        var clusters = await ClustersAsync(cancellationToken);
        // The student's page shows the clusters' names in its language; the board keeps only their slugs.
        var titles = await TranslatedTitles.ForAsync(db, [TranslationKinds.Cluster], cancellationToken);
        return new ResultToSend(resultCode, top.Select(t => ClusterOf(clusters, t.Cluster.Slug, t.Cluster.Title))
            .Select(c => c with { Title = titles.Title(TextKey.Cluster(Frameworks.Sixteen, c.Slug), c.Title) }).ToList());
    }

    private static ClassCluster ClusterOf(IReadOnlyDictionary<string, ClassCluster> clusters, string slug, string? title = null) =>
        clusters.GetValueOrDefault(slug) ?? new ClassCluster(slug, title ?? slug, ClusterLook.Default, int.MaxValue);
}

using CareerClusters.Web.Data;
using CareerClusters.Web.Data.UserData;
using CareerClusters.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Survey;

/// <summary>What a conversation sheet adds to a survey result: the names of the shortlisted clusters, and a counselor's list by its public code.</summary>
public sealed class ConversationSheetQueries(ContentDbContext db, UserDataDbContext userData)
{
    /// <summary>The clusters with these keys, in the order given; keys the site does not have are left out.</summary>
    public async Task<IReadOnlyList<SheetCluster>> ClustersAsync(IReadOnlyList<ClusterKey> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return [];
        }
        var slugs = keys.Select(k => k.Slug).ToList();
        var found = (await db.Clusters.AsNoTracking().Where(c => slugs.Contains(c.Slug)).Select(c => new { c.Framework, c.Slug, c.Title }).ToListAsync(cancellationToken))
            .ToDictionary(c => new ClusterKey(c.Framework, c.Slug), c => c.Title);
        var words = await TranslatedTexts.ForAsync(db, found.Keys.Select(k => TextKey.Cluster(k.Framework, k.Slug)), cancellationToken);
        return keys.Where(found.ContainsKey).Select(k => new SheetCluster(k, words.Title(TextKey.Cluster(k.Framework, k.Slug), found[k]))).ToList();
    }

    /// <summary>A counselor's live list by the code in its public link (capitals and spaces forgiven); null when there is none, or it was deleted.</summary>
    public async Task<SheetList?> ListAsync(string? code, CancellationToken cancellationToken)
    {
        string clean = (code ?? "").Trim().ToLowerInvariant();
        if (clean.Length != CounselorList.CodeLength || !clean.All(char.IsAsciiLetterOrDigit))
        {
            return null;
        }
        var list = await userData.Lists.AsNoTracking().Include(l => l.Items).FirstOrDefaultAsync(l => l.PublicCode == clean && l.DeletedAt == null, cancellationToken);
        return list is null ? null : new SheetList(list.PublicCode, list.Title,
            list.Items.OrderBy(i => i.Position).Select(i => new SheetListItem(i.Title, i.Path, Shorten(i.Note))).ToList());
    }

    /// <summary>A note as long as a sheet has room for; the whole note is on the list's page.</summary>
    private static string Shorten(string note) =>
        note.Length <= SheetListItem.MaxNote ? note : note[..(note.LastIndexOf(' ', SheetListItem.MaxNote - 1) is > 40 and var space ? space : SheetListItem.MaxNote - 1)] + "…";
}

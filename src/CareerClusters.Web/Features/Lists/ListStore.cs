using CareerClusters.Web.Data.UserData;
using CareerClusters.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Lists;

/// <summary>Reads and changes counselors' lists in the user-data database.</summary>
public sealed class ListStore(UserDataDbContext db, TimeProvider clock)
{
    public Task<CounselorList?> FindAsync(string code, CancellationToken cancellationToken) =>
        db.Lists.Include(l => l.Items.OrderBy(i => i.Position)).FirstOrDefaultAsync(l => l.PublicCode == code, cancellationToken);

    /// <summary>The list, only when the token is its edit token.</summary>
    public async Task<CounselorList?> FindForEditAsync(string? code, string? token, CancellationToken cancellationToken)
    {
        // A blank segment in the address binds as null.
        if (string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(token))
        {
            return null;
        }
        var list = await FindAsync(code, cancellationToken);
        return list is not null && ListSecrets.Matches(token, list.EditTokenHash) ? list : null;
    }

    /// <summary>Creates a list and returns it with its edit token, which is shown once and never stored.</summary>
    public async Task<(CounselorList List, string Token)> CreateAsync(string title, string introduction, CancellationToken cancellationToken)
    {
        string token = ListSecrets.NewToken();
        var now = clock.GetUtcNow();
        for (int attempt = 0; ; attempt++)
        {
            var list = new CounselorList
            {
                PublicCode = ListSecrets.NewCode(),
                EditTokenHash = ListSecrets.Hash(token),
                Title = title,
                Introduction = introduction,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Lists.Add(list);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (list, token);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Two lists drew the same code (about one chance in ten billion): draw again.
                db.Lists.Remove(list);
            }
        }
    }

    public async Task AddItemAsync(CounselorList list, string path, string title, string note, CancellationToken cancellationToken)
    {
        list.Items.Add(new CounselorListItem { Path = path, Title = title, Note = note, Position = list.Items.Count == 0 ? 0 : list.Items.Max(i => i.Position) + 1 });
        await SaveAsync(list, cancellationToken);
    }

    public async Task UpdateAsync(CounselorList list, string title, string introduction, IReadOnlyDictionary<int, string> notes, CancellationToken cancellationToken)
    {
        list.Title = title;
        list.Introduction = introduction;
        foreach (var item in list.Items)
        {
            if (notes.TryGetValue(item.Id, out string? note))
            {
                item.Note = note;
            }
        }
        await SaveAsync(list, cancellationToken);
    }

    /// <summary>Swaps an item with its neighbour above (-1) or below (+1).</summary>
    public async Task MoveAsync(CounselorList list, int itemId, int direction, CancellationToken cancellationToken)
    {
        var ordered = list.Items.OrderBy(i => i.Position).ToList();
        int index = ordered.FindIndex(i => i.Id == itemId);
        int other = index + direction;
        if (index < 0 || other < 0 || other >= ordered.Count)
        {
            return;
        }
        (ordered[index].Position, ordered[other].Position) = (ordered[other].Position, ordered[index].Position);
        await SaveAsync(list, cancellationToken);
    }

    public async Task RemoveAsync(CounselorList list, int itemId, CancellationToken cancellationToken)
    {
        var item = list.Items.FirstOrDefault(i => i.Id == itemId);
        if (item is not null)
        {
            list.Items.Remove(item);
            db.ListItems.Remove(item);
            await SaveAsync(list, cancellationToken);
        }
    }

    public async Task DeleteAsync(CounselorList list, CancellationToken cancellationToken)
    {
        db.Lists.Remove(list);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SaveAsync(CounselorList list, CancellationToken cancellationToken)
    {
        list.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>A counselor's list is a page that may be shared: its QR code is made while the list exists.</summary>
public sealed class ListsToShare(ListStore lists) : IShareablePages
{
    private const string Prefix = Shared.SitePaths.Lists + "/";

    public async Task<bool> IsPageAsync(string path, string query, CancellationToken cancellationToken)
    {
        string code = path.StartsWith(Prefix, StringComparison.Ordinal) ? path[Prefix.Length..] : "";
        return query.Length == 0 && code.Length == CounselorList.CodeLength && !code.Contains('/', StringComparison.Ordinal)
            && await lists.FindAsync(code, cancellationToken) is not null;
    }
}

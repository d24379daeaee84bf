using CareerClusters.Web.Data.UserData;
using CareerClusters.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Lists;

/// <summary>
/// Reads and changes counselors' lists in the user-data database. A deleted list is kept (for <see cref="ListAccess"/>
/// to restore) but is found here only by <see cref="FindAnyAsync"/>: it cannot be viewed, shared or edited.
/// </summary>
public sealed class ListStore(UserDataDbContext db, TimeProvider clock)
{
    /// <summary>A live list by its public code.</summary>
    public async Task<CounselorList?> FindAsync(string code, CancellationToken cancellationToken) =>
        await FindAnyAsync(code, cancellationToken) is { DeletedAt: null } list ? list : null;

    /// <summary>A list by its public code, deleted or not.</summary>
    /// <remarks>
    /// A code the site could not have made (one from a cookie or a QR code's address) is not looked up: PostgreSQL
    /// refuses text with a NUL character in it, even in a comparison, and no list could have it anyway.
    /// </remarks>
    public Task<CounselorList?> FindAnyAsync(string code, CancellationToken cancellationToken) =>
        ListSecrets.IsCode(code) ? Lists().FirstOrDefaultAsync(l => l.PublicCode == code, cancellationToken) : Task.FromResult<CounselorList?>(null);

    /// <summary>The live list, only when the token is its edit token.</summary>
    public async Task<CounselorList?> FindForEditAsync(string? code, string? token, CancellationToken cancellationToken) =>
        await FindWithTokenAsync(code, token, cancellationToken) is { DeletedAt: null } list ? list : null;

    /// <summary>The list, deleted or not, only when the token is its edit token.</summary>
    public async Task<CounselorList?> FindWithTokenAsync(string? code, string? token, CancellationToken cancellationToken)
    {
        // A blank segment in the address binds as null.
        if (string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(token))
        {
            return null;
        }
        var list = await FindAnyAsync(code, cancellationToken);
        return list is not null && ListSecrets.Matches(token, list.EditTokenHash) ? list : null;
    }

    /// <summary>
    /// Creates a list and returns it with its edit token and its recovery code, which are shown once and never stored
    /// (only their hashes are).
    /// </summary>
    public async Task<NewList> CreateAsync(string title, string introduction, CancellationToken cancellationToken)
    {
        string token = ListSecrets.NewToken(), recoveryCode = ListSecrets.NewRecoveryCode();
        var now = clock.GetUtcNow();
        for (int attempt = 0; ; attempt++)
        {
            var list = new CounselorList
            {
                PublicCode = ListSecrets.NewCode(),
                EditTokenHash = ListSecrets.Hash(token),
                RecoveryCodeHash = ListSecrets.HashRecoveryCode(recoveryCode),
                Title = title,
                Introduction = introduction,
                CreatedAt = now,
                UpdatedAt = now,
                LastVisitedAt = now,
            };
            db.Lists.Add(list);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new NewList(list, token, recoveryCode);
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

    private IQueryable<CounselorList> Lists() => db.Lists.Include(l => l.Items.OrderBy(i => i.Position));

    private async Task SaveAsync(CounselorList list, CancellationToken cancellationToken)
    {
        list.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>A list just made: its edit token and recovery code, to be shown once.</summary>
public sealed record NewList(CounselorList List, string Token, string RecoveryCode);

/// <summary>A counselor's list is a page that may be shared: its QR code is made while the list exists (and is not deleted).</summary>
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

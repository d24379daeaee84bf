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

    /// <summary>
    /// "Add to a list" from a page (one click, no editor form): adds the page at the end of the list. When another change
    /// landed meanwhile (two adds at once, from two tabs or two servers), the list is read again and the page added again,
    /// so no add is lost and every item keeps its own position. Null when it is added; else why not (the list is full now,
    /// or gone).
    /// </summary>
    public async Task<FormProblem?> AddItemAsync(CounselorList list, string path, string title, string note, CancellationToken cancellationToken)
    {
        FormProblem? problem = null;
        try
        {
            var saved = await ChangeAsync(list, current =>
            {
                problem = current.DeletedAt is not null || current.EditTokenHash != list.EditTokenHash ? ListFormRules.ListGone : ListFormRules.CheckRoom(current);
                if (problem is null)
                {
                    AddItem(current, path, title, note);
                }
                return problem is null;
            }, cancellationToken);
            return saved is null ? problem ?? ListFormRules.ListGone : null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return ListFormRules.ListBusy;
        }
    }

    /// <summary>Adds a page at the end of the list, to be saved with the editor's other changes (<see cref="SaveAsync"/>).</summary>
    public static void AddItem(CounselorList list, string path, string title, string note) =>
        list.Items.Add(new CounselorListItem
        {
            Path = path,
            // A page title longer than the column (none today) is cut, not refused: PostgreSQL enforces the length, SQLite does not.
            Title = title.Length <= CounselorListItem.MaxTitle ? title : title[..(CounselorListItem.MaxTitle - 1)] + "…",
            Note = note,
            Position = list.Items.Count == 0 ? 0 : list.Items.Max(i => i.Position) + 1,
        });

    /// <summary>The editor's title, introduction and notes (of the items the list still has), to be saved with the button's own change.</summary>
    public static void SetText(CounselorList list, string title, string introduction, IReadOnlyDictionary<int, string> notes)
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
    }

    /// <summary>Swaps an item with its neighbour above (-1) or below (+1), to be saved (nothing when there is none).</summary>
    public static void Move(CounselorList list, int itemId, int direction)
    {
        var ordered = list.Items.OrderBy(i => i.Position).ToList();
        int index = ordered.FindIndex(i => i.Id == itemId);
        int other = index + direction;
        if (index >= 0 && other >= 0 && other < ordered.Count)
        {
            (ordered[index].Position, ordered[other].Position) = (ordered[other].Position, ordered[index].Position);
        }
    }

    /// <summary>Takes an item off the list, to be saved (nothing when the list has no such item).</summary>
    public void Remove(CounselorList list, int itemId)
    {
        var item = list.Items.FirstOrDefault(i => i.Id == itemId);
        if (item is not null)
        {
            list.Items.Remove(item);
            db.ListItems.Remove(item);
        }
    }

    /// <summary>
    /// Saves what changed in the list and its items, in one transaction, and raises the list's version (its concurrency
    /// token): the write is made only while the list still has the version it was read with, so a change made from an
    /// older reading throws <see cref="DbUpdateConcurrencyException"/> instead of overwriting what was saved meanwhile.
    /// Nothing is written (and the version stays) when nothing changed.
    /// </summary>
    public async Task SaveAsync(CounselorList list, CancellationToken cancellationToken)
    {
        if (!db.ChangeTracker.HasChanges())
        {
            return;
        }
        list.UpdatedAt = clock.GetUtcNow();
        list.Version++;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Saves a change that does not build on an earlier reading of the list (a page added from another page, a new secret,
    /// a delete, a restore): when another change landed meanwhile, the list is read again and <paramref name="change"/>
    /// made again on it, a few times. The list as saved; null when it is gone or <paramref name="change"/> declines (false).
    /// </summary>
    public async Task<CounselorList?> ChangeAsync(CounselorList list, Func<CounselorList, bool> change, CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            if (!change(list))
            {
                return null;
            }
            try
            {
                await SaveAsync(list, cancellationToken);
                return list;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                // A short pause of a random length, so that changes that met do not meet again.
                await Task.Delay(Random.Shared.Next(5, 20 * attempt), cancellationToken);
                if (await ReadAgainAsync(list.Id, cancellationToken) is not { } current)
                {
                    return null;
                }
                list = current;
            }
        }
    }

    /// <summary>
    /// The list (deleted or not) as it is in the database now: every list and item read before in this request is
    /// forgotten, with any change not saved. Null when it is gone.
    /// </summary>
    public Task<CounselorList?> ReadAgainAsync(int listId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return Lists().FirstOrDefaultAsync(l => l.Id == listId, cancellationToken);
    }

    /// <summary>How many times <see cref="ChangeAsync"/> tries before it gives up (with a <see cref="DbUpdateConcurrencyException"/>).</summary>
    private const int MaxAttempts = 12;

    private IQueryable<CounselorList> Lists() => db.Lists.Include(l => l.Items.OrderBy(i => i.Position));
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

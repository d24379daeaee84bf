using CareerClusters.Web.Data.UserData;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Lists;

/// <summary>
/// Who can change a list, and whether it is live: a new edit link (the old one stops at once), a new recovery code,
/// recovery with the code, and a delete that can be undone for <see cref="ListOptions.RestoreWithin"/>.
/// </summary>
public sealed class ListAccess(UserDataDbContext db, ListStore store, TimeProvider clock)
{
    /// <summary>Gives the list a new edit token and returns it; the old token no longer matches.</summary>
    public async Task<string> NewEditLinkAsync(CounselorList list, CancellationToken cancellationToken)
    {
        string token = ListSecrets.NewToken();
        await store.ChangeAsync(list, l =>
        {
            l.EditTokenHash = ListSecrets.Hash(token);
            return true;
        }, cancellationToken);
        return token;
    }

    /// <summary>Gives the list a new recovery code and returns it; the old code no longer matches.</summary>
    public async Task<string> NewRecoveryCodeAsync(CounselorList list, CancellationToken cancellationToken)
    {
        string code = ListSecrets.NewRecoveryCode();
        await store.ChangeAsync(list, l =>
        {
            l.RecoveryCodeHash = ListSecrets.HashRecoveryCode(code);
            return true;
        }, cancellationToken);
        return code;
    }

    /// <summary>
    /// With the list's code (or address) and its recovery code: a new edit link and a new recovery code (each code
    /// works once), and a deleted list is restored. Null when the two do not match a list that can still be restored.
    /// </summary>
    public async Task<NewList?> RecoverAsync(string? address, string? recoveryCode, CancellationToken cancellationToken)
    {
        var list = ListSecrets.CodeIn(address) is { } code ? await store.FindAnyAsync(code, cancellationToken) : null;
        if (list is null)
        {
            return null;
        }
        string token = ListSecrets.NewToken(), newCode = ListSecrets.NewRecoveryCode();
        // Checked again on each try: a recovery code works once, even when two recoveries meet.
        var recovered = await store.ChangeAsync(list, l =>
        {
            if (!ListSecrets.RecoveryCodeMatches(recoveryCode, l.RecoveryCodeHash) || !CanRestore(l))
            {
                return false;
            }
            l.EditTokenHash = ListSecrets.Hash(token);
            l.RecoveryCodeHash = ListSecrets.HashRecoveryCode(newCode);
            l.DeletedAt = null;
            l.LastVisitedAt = clock.GetUtcNow();
            return true;
        }, cancellationToken);
        return recovered is null ? null : new NewList(recovered, token, newCode);
    }

    /// <summary>Deletes a list, which its edit link or recovery code can restore for <see cref="ListOptions.RestoreWithin"/>.</summary>
    public async Task DeleteAsync(CounselorList list, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await store.ChangeAsync(list, l =>
        {
            l.DeletedAt = now;
            return true;
        }, cancellationToken);
    }

    /// <summary>Whether a list is live, or deleted recently enough to be restored.</summary>
    public bool CanRestore(CounselorList list) => list.DeletedAt is not { } deleted || clock.GetUtcNow() < RestorableUntil(deleted);

    public static DateTimeOffset RestorableUntil(DateTimeOffset deletedAt) => deletedAt + ListOptions.RestoreWithin;

    /// <summary>Brings a deleted list back, when it still can be; false when it cannot.</summary>
    public async Task<bool> RestoreAsync(CounselorList list, CancellationToken cancellationToken)
    {
        bool live = false;
        var restored = await store.ChangeAsync(list, l =>
        {
            live = l.DeletedAt is null;
            if (live || !CanRestore(l))
            {
                return false;
            }
            l.DeletedAt = null;
            l.LastVisitedAt = clock.GetUtcNow();
            return true;
        }, cancellationToken);
        return live || restored is not null;
    }

    /// <summary>Notes that someone opened the list, at most once a day (one write, not one per student).</summary>
    public async Task NoteVisitAsync(CounselorList list, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (now - list.LastVisitedAt >= TimeSpan.FromDays(1))
        {
            await db.Lists.Where(l => l.Id == list.Id).ExecuteUpdateAsync(set => set.SetProperty(l => l.LastVisitedAt, now), cancellationToken);
            // Written already, and not a change of the list: its version stays, and a later save does not write it again.
            list.LastVisitedAt = now;
            var visited = db.Entry(list).Property(l => l.LastVisitedAt);
            visited.OriginalValue = now;
            visited.IsModified = false;
        }
    }
}

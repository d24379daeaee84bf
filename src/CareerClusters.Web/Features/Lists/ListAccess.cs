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
        list.EditTokenHash = ListSecrets.Hash(token);
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>Gives the list a new recovery code and returns it; the old code no longer matches.</summary>
    public async Task<string> NewRecoveryCodeAsync(CounselorList list, CancellationToken cancellationToken)
    {
        string code = ListSecrets.NewRecoveryCode();
        list.RecoveryCodeHash = ListSecrets.HashRecoveryCode(code);
        await db.SaveChangesAsync(cancellationToken);
        return code;
    }

    /// <summary>
    /// With the list's code (or address) and its recovery code: a new edit link and a new recovery code (each code
    /// works once), and a deleted list is restored. Null when the two do not match a list that can still be restored.
    /// </summary>
    public async Task<NewList?> RecoverAsync(string? address, string? recoveryCode, CancellationToken cancellationToken)
    {
        var list = ListSecrets.CodeIn(address) is { } code ? await store.FindAnyAsync(code, cancellationToken) : null;
        if (list is null || !ListSecrets.RecoveryCodeMatches(recoveryCode, list.RecoveryCodeHash) || !CanRestore(list))
        {
            return null;
        }
        string token = ListSecrets.NewToken(), newCode = ListSecrets.NewRecoveryCode();
        list.EditTokenHash = ListSecrets.Hash(token);
        list.RecoveryCodeHash = ListSecrets.HashRecoveryCode(newCode);
        list.DeletedAt = null;
        list.LastVisitedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return new NewList(list, token, newCode);
    }

    /// <summary>Deletes a list, which its edit link or recovery code can restore for <see cref="ListOptions.RestoreWithin"/>.</summary>
    public async Task DeleteAsync(CounselorList list, CancellationToken cancellationToken)
    {
        list.DeletedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Whether a list is live, or deleted recently enough to be restored.</summary>
    public bool CanRestore(CounselorList list) => list.DeletedAt is not { } deleted || clock.GetUtcNow() < RestorableUntil(deleted);

    public static DateTimeOffset RestorableUntil(DateTimeOffset deletedAt) => deletedAt + ListOptions.RestoreWithin;

    /// <summary>Brings a deleted list back, when it still can be; false when it cannot.</summary>
    public async Task<bool> RestoreAsync(CounselorList list, CancellationToken cancellationToken)
    {
        if (list.DeletedAt is null || !CanRestore(list))
        {
            return list.DeletedAt is null;
        }
        list.DeletedAt = null;
        list.LastVisitedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Notes that someone opened the list, at most once a day (one write, not one per student).</summary>
    public async Task NoteVisitAsync(CounselorList list, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (now - list.LastVisitedAt >= TimeSpan.FromDays(1))
        {
            await db.Lists.Where(l => l.Id == list.Id).ExecuteUpdateAsync(set => set.SetProperty(l => l.LastVisitedAt, now), cancellationToken);
            list.LastVisitedAt = now;
        }
    }
}

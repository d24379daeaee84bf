using CareerClusters.Web.Data.UserData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareerClusters.Web.Features.Classes;

/// <summary>What happened to a result sent to a class.</summary>
public enum JoinOutcome
{
    Added,
    /// <summary>The same result with the same name was already there (a second press of the button).</summary>
    AlreadyThere,
    Closed,
    Full,
}

/// <summary>
/// Reads and changes class boards in the user-data database. A class past its expiry is treated as gone everywhere,
/// and <see cref="DeleteExpiredAsync"/> removes it with its entries.
/// </summary>
public sealed class ClassStore(UserDataDbContext db, TimeProvider clock, IOptions<ClassOptions> options)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>A class by its join code, with its entries in the order they came; null when there is none or it has expired.</summary>
    public async Task<ClassBoard?> FindAsync(string? joinCode, CancellationToken cancellationToken)
    {
        if (joinCode is null)
        {
            return null;
        }
        var now = Now;
        return await db.ClassBoards.Include(b => b.Entries.OrderBy(e => e.SentUtc).ThenBy(e => e.Id))
            .FirstOrDefaultAsync(b => b.JoinCode == joinCode && b.ExpiresUtc > now, cancellationToken);
    }

    /// <summary>The class, only when the token is its board token.</summary>
    public async Task<ClassBoard?> FindForBoardAsync(string? joinCode, string? token, CancellationToken cancellationToken)
    {
        // A blank segment in the address binds as null.
        if (string.IsNullOrWhiteSpace(joinCode) || string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return null;
        }
        var board = await FindAsync(joinCode, cancellationToken);
        return board is not null && ClassSecrets.Matches(token, board.BoardTokenHash) ? board : null;
    }

    /// <summary>Makes a class and returns it with its board token and recovery code, which are shown once and never stored.</summary>
    public async Task<(ClassBoard Board, string Token, string RecoveryCode)> CreateAsync(string title, CancellationToken cancellationToken)
    {
        string token = ClassSecrets.NewToken(), recovery = ClassSecrets.NewRecoveryCode();
        var now = Now;
        for (int attempt = 0; ; attempt++)
        {
            var board = new ClassBoard
            {
                JoinCode = ClassSecrets.NewJoinCode(),
                BoardTokenHash = ClassSecrets.Hash(token),
                RecoveryCodeHash = ClassSecrets.Hash(recovery),
                Title = title,
                CreatedUtc = now,
                ExpiresUtc = now.AddMonths(Math.Max(1, options.Value.KeepMonths)),
            };
            db.ClassBoards.Add(board);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (board, token, recovery);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Two classes drew the same code (about one chance in a billion per class there is): draw again.
                db.ClassBoards.Remove(board);
            }
        }
    }

    /// <summary>Adds a result to a class, unless it is closed, full, or already has the same result under the same name.</summary>
    public async Task<JoinOutcome> AddEntryAsync(ClassBoard board, string name, string resultCode, IReadOnlyList<string> topClusters, CancellationToken cancellationToken)
    {
        if (board.Entries.Any(e => e.ResultCode == resultCode && string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            return JoinOutcome.AlreadyThere;
        }
        if (board.IsClosed)
        {
            return JoinOutcome.Closed;
        }
        if (board.Entries.Count >= ClassBoard.MaxEntries)
        {
            return JoinOutcome.Full;
        }
        var entry = new ClassEntry { Name = name, ResultCode = resultCode, TopClusters = string.Join(' ', topClusters), SentUtc = Now };
        board.Entries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        if (await db.ClassEntries.CountAsync(e => e.BoardId == board.Id, cancellationToken) > ClassBoard.MaxEntries)
        {
            // Students sending the last places at the same moment: the one that came too late is taken back.
            await RemoveEntryAsync(board, entry.Id, cancellationToken);
            return JoinOutcome.Full;
        }
        return JoinOutcome.Added;
    }

    public async Task RemoveEntryAsync(ClassBoard board, int entryId, CancellationToken cancellationToken)
    {
        if (board.Entries.FirstOrDefault(e => e.Id == entryId) is { } entry)
        {
            board.Entries.Remove(entry);
            db.ClassEntries.Remove(entry);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task SetClosedAsync(ClassBoard board, bool closed, CancellationToken cancellationToken)
    {
        board.IsClosed = closed;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Gives the class a new board token: the old link stops working at once.</summary>
    public async Task<string> ReplaceTokenAsync(ClassBoard board, CancellationToken cancellationToken)
    {
        string token = ClassSecrets.NewToken();
        board.BoardTokenHash = ClassSecrets.Hash(token);
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>
    /// With the right recovery code: a new board token and a new recovery code (the used one and the old link stop
    /// working); else null.
    /// </summary>
    public async Task<(ClassBoard Board, string Token, string RecoveryCode)?> RecoverAsync(string? joinCode, string? recoveryCode, CancellationToken cancellationToken)
    {
        var board = await FindAsync(joinCode, cancellationToken);
        if (board is null || recoveryCode is null || !ClassSecrets.Matches(recoveryCode, board.RecoveryCodeHash))
        {
            return null;
        }
        string token = ClassSecrets.NewToken(), recovery = ClassSecrets.NewRecoveryCode();
        board.BoardTokenHash = ClassSecrets.Hash(token);
        board.RecoveryCodeHash = ClassSecrets.Hash(recovery);
        await db.SaveChangesAsync(cancellationToken);
        return (board, token, recovery);
    }

    public async Task DeleteAsync(ClassBoard board, CancellationToken cancellationToken)
    {
        db.ClassBoards.Remove(board);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Removes every class past its expiry, with its entries; returns how many classes went.</summary>
    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var now = Now;
        var expired = db.ClassBoards.Where(b => b.ExpiresUtc <= now);
        await db.ClassEntries.Where(e => expired.Any(b => b.Id == e.BoardId)).ExecuteDeleteAsync(cancellationToken);
        return await expired.ExecuteDeleteAsync(cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CareerClusters.Web.Data.UserData;

/// <summary>
/// A counselor's class board, with nothing personal in it: a title, a short code students type to join, and the hashes
/// of the private board link's token and of the one-time recovery code. It and its entries are removed when it expires.
/// </summary>
public sealed class ClassBoard
{
    public const int CodeLength = 6;
    public const int MaxTitle = 80;
    public const int MaxEntries = 200;

    public int Id { get; set; }
    /// <summary>The code students type or scan (/join/{code}): six capitals and digits that read aloud and type without mix-ups.</summary>
    public required string JoinCode { get; set; }
    /// <summary>SHA-256 of the board link's token, so the database alone never opens a board.</summary>
    public required string BoardTokenHash { get; set; }
    /// <summary>SHA-256 of the recovery code, shown once; with the join code it gives a new board link.</summary>
    public required string RecoveryCodeHash { get; set; }
    public required string Title { get; set; }
    public DateTime CreatedUtc { get; set; }
    /// <summary>When the class and its entries are removed (<c>Classes:KeepMonths</c> after it was made).</summary>
    public DateTime ExpiresUtc { get; set; }
    /// <summary>A closed class keeps its entries and takes no new ones.</summary>
    public bool IsClosed { get; set; }
    public List<ClassEntry> Entries { get; set; } = [];
}

/// <summary>
/// A survey result a student sent to a class: the result link's code, the top clusters it showed then, and an optional
/// first name or initials. No address, cookie or other identifier of the student is kept.
/// </summary>
public sealed class ClassEntry
{
    public const int MaxName = 20;
    public const int MaxResultCode = 200;
    public const int MaxTopClusters = 200;

    public int Id { get; set; }
    public int BoardId { get; set; }
    public string Name { get; set; } = "";
    public required string ResultCode { get; set; }
    /// <summary>The slugs of the result's top clusters (at most three), best first, separated by spaces.</summary>
    public required string TopClusters { get; set; }
    public DateTime SentUtc { get; set; }
}

/// <summary>The class tables' shape: sizes, indexes and cascades only, so another provider maps it as SQLite does.</summary>
public static class ClassBoardModel
{
    /// <summary>Times are written and read as UTC whatever the provider keeps (SQLite keeps no kind); every UTC column of the user data uses it.</summary>
    internal static readonly ValueConverter<DateTime, DateTime> AsUtc = new(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ClassBoard>(board =>
        {
            board.HasIndex(b => b.JoinCode).IsUnique();
            board.HasIndex(b => b.ExpiresUtc);
            board.Property(b => b.JoinCode).HasMaxLength(ClassBoard.CodeLength);
            board.Property(b => b.BoardTokenHash).HasMaxLength(64);
            board.Property(b => b.RecoveryCodeHash).HasMaxLength(64);
            board.Property(b => b.Title).HasMaxLength(ClassBoard.MaxTitle);
            board.Property(b => b.CreatedUtc).HasConversion(AsUtc);
            board.Property(b => b.ExpiresUtc).HasConversion(AsUtc);
            board.HasMany(b => b.Entries).WithOne().HasForeignKey(e => e.BoardId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ClassEntry>(entry =>
        {
            entry.HasIndex(e => new { e.BoardId, e.SentUtc });
            entry.Property(e => e.Name).HasMaxLength(ClassEntry.MaxName);
            entry.Property(e => e.ResultCode).HasMaxLength(ClassEntry.MaxResultCode);
            entry.Property(e => e.TopClusters).HasMaxLength(ClassEntry.MaxTopClusters);
            entry.Property(e => e.SentUtc).HasConversion(AsUtc);
        });
    }
}

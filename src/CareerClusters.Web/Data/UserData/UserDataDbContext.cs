using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Data.UserData;

/// <summary>
/// What people save on the site (counselors' lists). It lives in its own database, apart from the derived content
/// database: content imports never touch it, and its schema changes only through migrations, applied at start-up.
/// The model uses no provider-specific types, so it maps to SQLite and to PostgreSQL alike. It also keeps the
/// data-protection keys (antiforgery tokens, the admin cookie), so every instance over one database shares them.
/// </summary>
public class UserDataDbContext : DbContext, IDataProtectionKeyContext
{
    public UserDataDbContext(DbContextOptions<UserDataDbContext> options) : base(options)
    {
    }

    /// <summary>For a provider's own context type (<see cref="PostgreSqlUserDataDbContext"/>): the same model, its own migrations.</summary>
    protected UserDataDbContext(DbContextOptions options) : base(options)
    {
    }

    public DbSet<CounselorList> Lists => Set<CounselorList>();
    public DbSet<CounselorListItem> ListItems => Set<CounselorListItem>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<ClassBoard> ClassBoards => Set<ClassBoard>();
    public DbSet<ClassEntry> ClassEntries => Set<ClassEntry>();
    public DbSet<AdminSignInAttempt> AdminSignInAttempts => Set<AdminSignInAttempt>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CounselorList>(list =>
        {
            list.HasIndex(l => l.PublicCode).IsUnique();
            list.Property(l => l.PublicCode).HasMaxLength(CounselorList.CodeLength);
            list.Property(l => l.EditTokenHash).HasMaxLength(64);
            list.Property(l => l.RecoveryCodeHash).HasMaxLength(64);
            // The clean-up looks lists up by these two.
            list.HasIndex(l => l.DeletedAt);
            list.HasIndex(l => l.LastVisitedAt);
            // Every change to a list or its items raises its version: a save from a page loaded before another change is refused, not lost.
            list.Property(l => l.Version).IsConcurrencyToken();
            list.Property(l => l.Title).HasMaxLength(CounselorList.MaxTitle);
            list.Property(l => l.Introduction).HasMaxLength(CounselorList.MaxIntroduction);
            list.HasMany(l => l.Items).WithOne().HasForeignKey(i => i.ListId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<CounselorListItem>(item =>
        {
            item.HasIndex(i => new { i.ListId, i.Position });
            item.Property(i => i.Path).HasMaxLength(CounselorListItem.MaxPath);
            item.Property(i => i.Title).HasMaxLength(CounselorListItem.MaxTitle);
            item.Property(i => i.Note).HasMaxLength(CounselorListItem.MaxNote);
        });
        ClassBoardModel.Configure(modelBuilder);
        AdminSignInAttempt.Configure(modelBuilder);
    }
}

/// <summary>A counselor's list of pages: public by its short code, editable only with its secret token, recoverable with its recovery code.</summary>
public sealed class CounselorList
{
    public const int CodeLength = 7;
    public const int MaxTitle = 120;
    public const int MaxIntroduction = 1000;
    public const int MaxItems = 50;

    public int Id { get; set; }
    /// <summary>The short public code in /lists/{code}: letters and digits that cannot be confused when typed from a slide.</summary>
    public required string PublicCode { get; set; }
    /// <summary>SHA-256 of the edit token, so the database alone never grants editing.</summary>
    public required string EditTokenHash { get; set; }
    public required string Title { get; set; }
    public string Introduction { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>SHA-256 of the one-time recovery code shown when the list was made (or last recovered); null for lists made before there were codes.</summary>
    public string? RecoveryCodeHash { get; set; }
    /// <summary>When the list was deleted: it can be restored for 30 days, then it is purged. Null while the list is live.</summary>
    public DateTimeOffset? DeletedAt { get; set; }
    /// <summary>When someone last opened the list or its editor (kept to the day): a list unvisited for Lists:KeepUnvisitedFor is removed.</summary>
    public DateTimeOffset LastVisitedAt { get; set; }
    /// <summary>Raised by every change to the list or its items; a form carries the version it was made from.</summary>
    public int Version { get; set; }
    public List<CounselorListItem> Items { get; set; } = [];
}

/// <summary>A page on a list: its address and title when it was added (kept if the page later goes), and a note.</summary>
public sealed class CounselorListItem
{
    public const int MaxPath = 200;
    public const int MaxTitle = 200;
    public const int MaxNote = 500;

    public int Id { get; set; }
    public int ListId { get; set; }
    public int Position { get; set; }
    public required string Path { get; set; }
    public required string Title { get; set; }
    public string Note { get; set; } = "";
}

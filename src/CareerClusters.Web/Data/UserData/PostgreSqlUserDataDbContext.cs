using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CareerClusters.Web.Data.UserData;

/// <summary>
/// The user data on PostgreSQL: the same model as <see cref="UserDataDbContext"/>. The type exists so that EF Core
/// keeps PostgreSQL's migrations (Data/UserData/PostgreSqlMigrations) apart from SQLite's, because column types differ.
/// The site asks for a <see cref="UserDataDbContext"/> and gets this one when UserData:Provider is PostgreSQL.
/// </summary>
public sealed class PostgreSqlUserDataDbContext(DbContextOptions<PostgreSqlUserDataDbContext> options) : UserDataDbContext(options);

/// <summary>
/// For `dotnet ef migrations add NAME --context PostgreSqlUserDataDbContext --output-dir Data/UserData/PostgreSqlMigrations`:
/// making a migration compares the model with the last snapshot and needs no server.
/// </summary>
public sealed class PostgreSqlUserDataDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlUserDataDbContext>
{
    public PostgreSqlUserDataDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlUserDataDbContext>().UseNpgsql("Host=localhost;Database=careerclusters").Options);
}

/// <summary>
/// For `dotnet ef migrations add NAME --context UserDataDbContext --output-dir Data/UserData/Migrations` (SQLite's), so
/// that the tools do not take PostgreSQL's factory above for the base context type.
/// </summary>
public sealed class SqliteUserDataDesignTimeFactory : IDesignTimeDbContextFactory<UserDataDbContext>
{
    public UserDataDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<UserDataDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

using CareerClusters.Web.Data.UserData;
using CareerClusters.Web.Features.Lists;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Configuration;

internal static class UserDataServices
{
    /// <summary>
    /// What people save (counselors' lists): its own database, SQLite by default (UserData:ConnectionString), never
    /// touched by a content import; migrations are applied at start-up.
    /// </summary>
    internal static void AddUserData(this WebApplicationBuilder builder)
    {
        string connectionString = builder.Configuration["UserData:ConnectionString"] ?? "Data Source=App_Data/user-data.db";
        var sqlite = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        // A relative file is relative to the app's content root, like Content:DatabaseDirectory.
        sqlite.DataSource = Path.GetFullPath(sqlite.DataSource, builder.Environment.ContentRootPath);
        Directory.CreateDirectory(Path.GetDirectoryName(sqlite.DataSource)!);
        builder.Services.AddDbContext<UserDataDbContext>(options => options.UseSqlite(sqlite.ToString(),
            sqlite => sqlite.MigrationsAssembly(typeof(UserDataDbContext).Assembly.FullName)));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<ListStore>();
        builder.Services.AddScoped<ListPages>();
    }
}

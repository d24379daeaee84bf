using CareerClusters.Web.Data.UserData;
using Microsoft.AspNetCore.DataProtection;

namespace CareerClusters.Web.Configuration;

internal static class DataProtectionServices
{
    /// <summary>
    /// The keys that sign antiforgery tokens and the admin cookie live in the user-data database, not in one
    /// machine's home folder (or, in a container, only in memory): a restart or a redeploy keeps tokens valid, and
    /// every instance over the same database accepts what another issued. The application name, not the content
    /// root (the default), says which keys are ours, so instances installed in different folders agree. The key ring
    /// is first read when the host starts, after Program has applied the user-data migrations that create its table.
    /// </summary>
    internal static void AddSharedDataProtectionKeys(this IServiceCollection services) => services
        .AddDataProtection()
        .SetApplicationName("CareerClusters")
        .PersistKeysToDbContext<UserDataDbContext>();
}

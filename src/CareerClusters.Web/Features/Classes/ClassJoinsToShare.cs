using CareerClusters.Web.Data.UserData;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Classes;

/// <summary>A class's join page may be shared: its QR code is made while the class exists.</summary>
public sealed class ClassJoinsToShare(ClassStore classes) : IShareablePages
{
    private const string Prefix = SitePaths.JoinClass + "/";

    public async Task<bool> IsPageAsync(string path, string query, CancellationToken cancellationToken)
    {
        string code = path.StartsWith(Prefix, StringComparison.Ordinal) ? path[Prefix.Length..] : "";
        return query.Length == 0 && code.Length == ClassBoard.CodeLength && ClassSecrets.NormalizeJoinCode(code) == code
            && await classes.FindAsync(code, cancellationToken) is not null;
    }
}

namespace CareerClusters.Web.Features.Shared;

/// <summary>
/// Says whether an address is a page of this site that may be shared: QR codes are made for those only, so the site is
/// no QR generator for anyone's links. One implementation per kind of page; a new kind of shareable page (a counselor's
/// list) registers its own with <c>services.AddScoped&lt;IShareablePages, …&gt;()</c>.
/// </summary>
public interface IShareablePages
{
    /// <param name="path">A canonical path, like /clusters/health-science.</param>
    /// <param name="query">Its query string without the "?", or empty.</param>
    Task<bool> IsPageAsync(string path, string query, CancellationToken cancellationToken);
}

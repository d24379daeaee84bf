namespace CareerClusters.Web.Features.Sitemap;

/// <summary>A page of the sitemap: its address, and when the files it is made from were last written.</summary>
public sealed record SitemapPage(string Path, DateTimeOffset LastModified);

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CareerClusters.Web.Data;

/// <summary>The content database: derived from content/, rebuilt on every import, read-only for requests.</summary>
public sealed class ContentDbContext(DbContextOptions<ContentDbContext> options) : DbContext(options)
{
    /// <summary>
    /// The connection string the context reads its database with, from its options: for plain ADO.NET reads (search's
    /// FTS5 queries) that need none of EF Core's services. Connections opened with it share the context's pool.
    /// </summary>
    public string? ConnectionString => RelationalOptionsExtension.Extract(options).ConnectionString;

    public DbSet<Cluster> Clusters => Set<Cluster>();
    public DbSet<Pathway> Pathways => Set<Pathway>();
    public DbSet<Occupation> Occupations => Set<Occupation>();
    public DbSet<PathwayOccupation> PathwayOccupations => Set<PathwayOccupation>();
    public DbSet<CrosswalkShare> CrosswalkShares => Set<CrosswalkShare>();
    public DbSet<Guide> Guides => Set<Guide>();
    public DbSet<SitePage> SitePages => Set<SitePage>();
    public DbSet<Redirect> Redirects => Set<Redirect>();
    public DbSet<PageAddress> Pages => Set<PageAddress>();
    public DbSet<SearchWord> SearchWords => Set<SearchWord>();
    public DbSet<SearchSynonym> SearchSynonyms => Set<SearchSynonym>();
    public DbSet<SearchIntentRow> SearchIntents => Set<SearchIntentRow>();
    public DbSet<MilitaryCounterpart> MilitaryCounterparts => Set<MilitaryCounterpart>();
    public DbSet<TrainingCostNote> TrainingCostNotes => Set<TrainingCostNote>();
    public DbSet<State> States => Set<State>();
    public DbSet<ArchivedSurvey> SurveyVersions => Set<ArchivedSurvey>();
    public DbSet<DistrictSection> DistrictSections => Set<DistrictSection>();
    public DbSet<PageTranslation> Translations => Set<PageTranslation>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Cluster>(cluster =>
        {
            cluster.HasIndex(c => new { c.Framework, c.Slug }).IsUnique();
            cluster.OwnsMany(c => c.Sections, s => s.ToJson());
            cluster.OwnsMany(c => c.IsThisYou, s => s.ToJson());
        });
        modelBuilder.Entity<Pathway>(pathway =>
        {
            pathway.HasIndex(p => new { p.Framework, p.Slug }).IsUnique();
            pathway.OwnsMany(p => p.Sections, s => s.ToJson());
        });
        modelBuilder.Entity<Occupation>(occupation =>
        {
            occupation.HasIndex(o => o.Slug).IsUnique();
            occupation.HasIndex(o => o.Code).IsUnique();
            occupation.OwnsOne(o => o.Outlook, outlook => outlook.ToJson());
            occupation.OwnsOne(o => o.WaysIn, waysIn => waysIn.ToJson());
            occupation.OwnsMany(o => o.Sections, s => s.ToJson());
        });
        modelBuilder.Entity<PathwayOccupation>().HasKey(po => new { po.PathwayId, po.OccupationId });
        modelBuilder.Entity<ArchivedSurvey>().HasIndex(s => s.Version).IsUnique();
        modelBuilder.Entity<CrosswalkShare>(share =>
        {
            share.HasOne(s => s.FromCluster).WithMany().HasForeignKey(s => s.FromClusterId);
            share.HasOne(s => s.ToCluster).WithMany().HasForeignKey(s => s.ToClusterId);
            share.HasOne(s => s.FromPathway).WithMany().HasForeignKey(s => s.FromPathwayId);
            share.HasOne(s => s.ToPathway).WithMany().HasForeignKey(s => s.ToPathwayId);
            share.HasIndex(s => new { s.FromClusterId, s.FromPathwayId });
        });
        modelBuilder.Entity<Guide>(guide =>
        {
            guide.HasIndex(g => g.Slug).IsUnique();
            guide.OwnsMany(g => g.Sections, s => s.ToJson());
        });
        modelBuilder.Entity<SitePage>(page =>
        {
            page.HasIndex(p => p.Key).IsUnique();
            page.OwnsMany(p => p.Sections, s => s.ToJson());
        });
        modelBuilder.Entity<Redirect>().HasIndex(r => r.FromPath).IsUnique();
        modelBuilder.Entity<PageAddress>(page =>
        {
            page.ToTable("Pages");
            page.HasKey(p => p.Path);
        });
        modelBuilder.Entity<SearchWord>().HasKey(w => w.Word);
        TrainingRouteModel.Configure(modelBuilder);
        StateModel.Configure(modelBuilder);
        DistrictModel.Configure(modelBuilder);
        TranslationModel.Configure(modelBuilder);
    }
}

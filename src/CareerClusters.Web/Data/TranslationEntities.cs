using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Data;

/// <summary>The kinds of page a translation belongs to (with <see cref="PageTranslation.Framework"/> and slug, its English twin).</summary>
public static class TranslationKinds
{
    public const string Cluster = "cluster";
    public const string Pathway = "pathway";
    public const string Occupation = "occupation";
    public const string Guide = "guide";
    public const string Home = "home";

    /// <summary>The slug of the home page's row (it has no file name of its own: home.es.md).</summary>
    public const string HomeSlug = "home";
}

/// <summary>
/// The words of one page in another language, from a content file such as clusters/health-science.es.md: title,
/// summary and body. Everything else on the page (codes, pathways, jobs, figures, order, icon) comes from the English
/// row it translates, found by kind, framework and slug. A page without a row here is shown in English, marked.
/// </summary>
public sealed class PageTranslation
{
    public int Id { get; set; }
    public required string Kind { get; set; }
    /// <summary>A cluster's or pathway's framework; empty for the other kinds.</summary>
    public string Framework { get; set; } = "";
    public required string Slug { get; set; }
    public required string Language { get; set; }
    public required string Title { get; set; }
    /// <summary>The summary of the front matter; null where the kind has none (a job's summary is its body).</summary>
    public string? Summary { get; set; }
    /// <summary>The body's sections; each headed one has the anchor of the English twin's section at the same place.</summary>
    public List<PageSection> Sections { get; set; } = [];
    /// <summary>The plain text before the first "##" heading (a job's summary, for lists).</summary>
    public string IntroText { get; set; } = "";
    /// <summary>A cluster's "Is this you?" statements in the English statements' order and kinds; empty when not translated.</summary>
    public List<InterestStatement> IsThisYou { get; set; } = [];
    /// <summary>A job's routes in with translated steps and licence (date and sources from English); null when not translated.</summary>
    public JobWaysIn? WaysIn { get; set; }
}

public static class TranslationModel
{
    public static void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<PageTranslation>(translation =>
        {
            translation.ToTable("Translations");
            translation.HasIndex(t => new { t.Language, t.Kind, t.Framework, t.Slug }).IsUnique();
            translation.OwnsMany(t => t.Sections, s => s.ToJson());
            translation.OwnsMany(t => t.IsThisYou, s => s.ToJson());
            translation.OwnsOne(t => t.WaysIn, w => w.ToJson());
        });
}

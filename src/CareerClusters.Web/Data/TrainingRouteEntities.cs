using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Data;

/// <summary>A military job and a civilian job it trains people for (content/data/military/counterparts.csv): both pages link to each other.</summary>
public sealed class MilitaryCounterpart
{
    public int MilitaryOccupationId { get; set; }
    public Occupation MilitaryOccupation { get; set; } = null!;
    public int CivilianOccupationId { get; set; }
    public Occupation CivilianOccupation { get; set; } = null!;
}

/// <summary>
/// The sentence a job page shows on paying for the training its education level needs
/// (content/data/education/paying-for-training.csv), in one language: English, and Spanish where the file has it.
/// </summary>
public sealed class TrainingCostNote
{
    /// <summary>The education level's key (<see cref="EducationLevels"/>).</summary>
    public required string Education { get; set; }
    /// <summary>The sentence's language (<see cref="SiteCultures"/>).</summary>
    public required string Language { get; set; }
    /// <summary>The sentence as one HTML paragraph.</summary>
    public required string Html { get; set; }
}

/// <summary>The shape of the training-route tables, kept beside their entities.</summary>
internal static class TrainingRouteModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MilitaryCounterpart>(pair =>
        {
            pair.HasKey(p => new { p.MilitaryOccupationId, p.CivilianOccupationId });
            pair.HasOne(p => p.MilitaryOccupation).WithMany().HasForeignKey(p => p.MilitaryOccupationId);
            pair.HasOne(p => p.CivilianOccupation).WithMany().HasForeignKey(p => p.CivilianOccupationId);
            pair.HasIndex(p => p.CivilianOccupationId);
        });
        modelBuilder.Entity<TrainingCostNote>().HasKey(n => new { n.Education, n.Language });
    }
}

namespace CareerClusters.Web.Content;

/// <summary>One occupation's row of BLS Employment Projections (Table 1.2): employment, outlook, pay and training.</summary>
public sealed record Projection(
    string SocCode,
    string Title,
    bool IsBroad,
    int EmploymentBase,
    int EmploymentTarget,
    double ChangePercent,
    int AnnualOpenings,
    int? MedianWage,
    int? MedianWageAtLeast,
    string Education,
    string WorkExperience,
    string OnTheJobTraining,
    string? OohUrl);

/// <summary>The years of a BLS projections release, read from its column names (employment_2024, employment_2034, median_annual_wage_2024).</summary>
public sealed record ProjectionYears(int From, int To, int WageYear)
{
    /// <summary>"BLS Employment Projections, 2024–34".</summary>
    public string Source => $"BLS Employment Projections, {From}–{To % 100:00}";

    /// <summary>"BLS, May 2024": the pay is the OEWS May estimate of the base year.</summary>
    public string WageSource => $"BLS, May {WageYear}";

    public string Span => $"{From}–{To % 100:00}";
}

namespace CareerClusters.Web.Features.Survey;

/// <summary>
/// An answer to "how much education do you plan after high school?" and the BLS education levels it covers. The
/// labels are keys of the text catalogue (SiteText): pages show them through it.
/// </summary>
public sealed record EducationPlan(string Key, string Label, string ShortLabel, IReadOnlyList<string> EducationKeys);

public static class EducationPlans
{
    public static readonly IReadOnlyList<EducationPlan> All =
    [
        new("none", "None, or training on the job", "no more school or on-the-job training", ["no-formal-credential", "high-school-diploma"]),
        new("certificate", "A certificate or an apprenticeship", "a certificate or an apprenticeship", ["postsecondary-nondegree-award", "some-college"]),
        new("associate", "An associate degree (about 2 years of college)", "an associate degree", ["associates-degree"]),
        new("bachelors", "A bachelor's degree (about 4 years of college)", "a bachelor's degree", ["bachelors-degree"]),
        new("more", "More than a bachelor's: a master's, doctoral or professional degree", "more than a bachelor's degree", ["masters-degree", "doctoral-or-professional-degree"]),
    ];

    public static EducationPlan? Find(string? key) => All.FirstOrDefault(p => p.Key == key);
}

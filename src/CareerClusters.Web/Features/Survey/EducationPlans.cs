using CareerClusters.Web.Data;

namespace CareerClusters.Web.Features.Survey;

/// <summary>
/// An answer to "how much education do you plan after high school?" and the BLS education levels it covers. The
/// labels are keys of the text catalogue (SiteText): pages show them through it. A label and its short label must differ
/// in more than capitals, since the catalogue's keys ignore case. <see cref="Apprenticeships"/> says
/// the plan is where jobs with an apprenticeship route belong when they start without a degree (Electricians: a high
/// school diploma, then an apprenticeship), whatever their BLS education level.
/// </summary>
public sealed record EducationPlan(string Key, string Label, string ShortLabel, IReadOnlyList<string> EducationKeys, bool Apprenticeships = false)
{
    /// <summary>Whether a job with this typical education (a key of <see cref="EducationLevels"/>) and apprenticeship route fits the plan.</summary>
    public bool Covers(string? educationKey, bool apprenticeshipRoute) =>
        educationKey is not null && (apprenticeshipRoute && EducationPlans.StartsWithoutADegree(educationKey)
            ? Apprenticeships
            : EducationKeys.Contains(educationKey));
}

public static class EducationPlans
{
    public static readonly IReadOnlyList<EducationPlan> All =
    [
        new("none", "None, or training on the job", "no more school or on-the-job training", ["no-formal-credential", "high-school-diploma"]),
        new("certificate", "A certificate or an apprenticeship (a few months to a few years)", "a certificate or an apprenticeship", ["postsecondary-nondegree-award", "some-college"], Apprenticeships: true),
        new("associate", "An associate degree (about 2 years of college)", "an associate degree", ["associates-degree"]),
        new("bachelors", "A bachelor's degree (about 4 years of college)", "a bachelor's degree", ["bachelors-degree"]),
        new("more", "More than a bachelor's: a master's, doctoral or professional degree", "more than a bachelor's degree", ["masters-degree", "doctoral-or-professional-degree"]),
    ];

    public static EducationPlan? Find(string? key) => All.FirstOrDefault(p => p.Key == key);

    /// <summary>Every education level a job of this plan can have (an apprenticeship can follow any level below a degree).</summary>
    public static IReadOnlyList<string> LevelsToRead(EducationPlan plan) => plan.Apprenticeships
        ? EducationLevels.Keys.Where(StartsWithoutADegree).Union(plan.EducationKeys).ToList()
        : plan.EducationKeys;

    /// <summary>Levels below an associate degree: no credential, high school, a certificate, some college.</summary>
    public static bool StartsWithoutADegree(string educationKey) =>
        EducationLevels.IsKnown(educationKey) && EducationLevels.Rank(educationKey) < EducationLevels.Rank("associates-degree");
}

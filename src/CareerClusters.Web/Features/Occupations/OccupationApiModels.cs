using System.ComponentModel;
using CareerClusters.Web.Features.Shared;
using CareerClusters.Web.Features.Shared.Api;

namespace CareerClusters.Web.Features.Occupations;

// The answers of the occupations endpoints (OccupationApiController), mapped from the read models the job pages and
// Jobs A–Z use (OccupationApi). Every field is described for the OpenAPI document.

[Description("A page of the jobs that pass the filters, with the filters as applied.")]
public sealed record OccupationsAnswer(
    [property: Description("What the answer says about itself.")] ApiMeta Meta,
    [property: Description("The jobs of this page, in the order asked for (sort).")] IReadOnlyList<ApiJob> Data,
    [property: Description("Where this page is in the whole list.")] ApiPaging Paging,
    [property: Description("The filters the list was made with, as the API read them.")] ApiJobFilters Filters);

[Description("The filters of a jobs list, as the API read them (null where a filter was not given).")]
public sealed record ApiJobFilters
{
    [Description("The framework of cluster and pathway.")]
    [ApiExample("16")]
    public required string Framework { get; init; }

    [Description("Only jobs in this cluster.")]
    [ApiExample("health-science")]
    public required string? Cluster { get; init; }

    [Description("Only jobs in this pathway (sub-cluster).")]
    [ApiExample("therapeutic-services")]
    public required string? Pathway { get; init; }

    [Description("Only jobs with this typical education to start.")]
    [ApiExample("bachelors-degree")]
    public required string? Education { get; init; }

    [Description("Only jobs in this outlook group: faster, average, slower or none.")]
    [ApiExample("faster")]
    public required string? Outlook { get; init; }

    [Description("Only jobs with (true) or without (false) a recognised apprenticeship route.")]
    [ApiExample(true)]
    public required bool? Apprenticeship { get; init; }

    [Description("Only jobs whose median annual pay is at least this many dollars.")]
    [ApiExample(50000)]
    public required int? PayMin { get; init; }

    [Description("Only jobs whose median annual pay is at most this many dollars.")]
    [ApiExample(90000)]
    public required int? PayMax { get; init; }

    [Description("Only jobs whose titles or code hold every word of this text.")]
    [ApiExample("nurse")]
    public required string? Q { get; init; }

    [Description("The order: name (A to Z), pay (highest first) or growth (fastest first).")]
    [ApiExample("name")]
    public required string Sort { get; init; }
}

[Description("A job with its tasks, education and training routes, pay and outlook with their source and year, and its places in both frameworks.")]
public sealed record OccupationAnswer(
    [property: Description("What the answer says about itself.")] ApiMeta Meta,
    [property: Description("The job.")] ApiOccupation Data);

[Description("A job: what the work is, the education and training routes in, pay and outlook with their source and year, and where it sits in both frameworks.")]
public sealed record ApiOccupation
{
    [Description("The job's O*NET-SOC 2019 code.")]
    [ApiExample("29-1141.00")]
    public required string Code { get; init; }

    [Description("The job's name in the site's addresses.")]
    [ApiExample("registered-nurses")]
    public required string Slug { get; init; }

    [Description("The job's title, in the answer's language where the site has it.")]
    [ApiExample("Registered Nurses")]
    public required string Title { get; init; }

    [Description("The official English (O*NET) title when title is a translation; else null.")]
    [ApiExample("Registered Nurses")]
    public required string? OfficialTitle { get; init; }

    [Description("The site's summary of the work in plain text (else O*NET's description); empty when neither is published.")]
    [ApiExample("Registered nurses care for patients, give medicines and teach families how to manage an illness.")]
    public required string Summary { get; init; }

    [Description("The language of title and summary: the answer's language, or \"en\" when they have no Spanish yet.")]
    [ApiExample("en")]
    public required string Language { get; init; }

    [Description("A few familiar other titles of the job (in English).")]
    [ApiExample(new[] { "Nurse", "RN" })]
    public required IReadOnlyList<string> AlsoCalled { get; init; }

    [Description("O*NET's core tasks, most important first (in English, as O*NET words them).")]
    [ApiExample(new[] { "Monitor, record, and report symptoms or changes in patients' conditions." })]
    public required IReadOnlyList<string> Tasks { get; init; }

    [Description("Software and tools O*NET flags as in demand for this kind of work (in English).")]
    [ApiExample(new[] { "Epic Systems" })]
    public required IReadOnlyList<string> HotTechnologies { get; init; }

    [Description("The typical education to start, as a BLS category key, or null when BLS publishes none.")]
    [ApiExample("bachelors-degree")]
    public required string? Education { get; init; }

    [Description("That education in words, in the answer's language; null when BLS publishes none.")]
    [ApiExample("Bachelor's degree")]
    public required string? EducationLabel { get; init; }

    [Description("O*NET's job zone, from 1 (little preparation) to 5 (extensive preparation), or null.")]
    [ApiExample(3)]
    public required int? JobZone { get; init; }

    [Description("The job zone in words, in the answer's language; null without a job zone.")]
    [ApiExample("Medium preparation needed (O*NET job zone 3)")]
    public required string? JobZoneLabel { get; init; }

    [Description("O*NET's top interest areas as RIASEC letters, strongest first (R realistic, I investigative, A artistic, S social, E enterprising, C conventional), or null.")]
    [ApiExample("SI")]
    public required string? Interests { get; init; }

    [Description("The interest areas in words, in the answer's language, in the same order.")]
    [ApiExample(new[] { "Social (helping and teaching people)" })]
    public required IReadOnlyList<string> InterestLabels { get; init; }

    [Description("Pay, employment and outlook from BLS, with their years; null when BLS publishes no figures for the job.")]
    public required ApiOutlook? Outlook { get; init; }

    [Description("The routes in: BLS's usual route, the checked steps, apprenticeship, and military jobs that train for it.")]
    public required ApiTraining Training { get; init; }

    [Description("The job's places in both frameworks: a pathway of the 16 clusters, a sub-cluster of 2024, or several.")]
    public required IReadOnlyList<ApiPlace> Places { get; init; }

    [Description("Other jobs in the same pathways, closest in preparation and interests first.")]
    public required IReadOnlyList<ApiJob> Similar { get; init; }

    [Description("The job's address in this API.")]
    [ApiExample(SitePaths.ApiOccupations + "/registered-nurses")]
    public required string Api { get; init; }

    [Description("The job's page on the site, in the answer's language.")]
    [ApiExample(SitePaths.Occupations + "/registered-nurses")]
    public required string Html { get; init; }
}

namespace CareerClusters.Web.Content;

/// <summary>
/// Whether a job has a recognised apprenticeship route, the one rule every page, filter and search uses: BLS's typical
/// on-the-job training for it is "Apprenticeship", or its file's checked routes say a registered apprenticeship is a
/// recognised way in (<c>ways_in: apprenticeship: true</c>, for trades where BLS names another typical training).
/// </summary>
public static class ApprenticeshipRoutes
{
    public const string BlsTraining = "Apprenticeship";

    public static bool Has(OccupationData data, ContentFile<OccupationFrontMatter> occupation) =>
        occupation.Meta.WaysIn?.Apprenticeship == true
        || (occupation.Meta.Code is { Length: 10 } code && data.ProjectionFor(code)?.OnTheJobTraining == BlsTraining);
}

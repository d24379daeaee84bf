using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.States;

/// <summary>Reads the states and the job a student came from into read models (values only; <see cref="StatePages"/> words the pages).</summary>
public sealed class StateQueries(ContentDbContext db)
{
    /// <summary>A bound on a job slug taken from an address or a form, far above the longest job's.</summary>
    private const int MaxSlugLength = 200;

    public async Task<StateChoices> ChoicesAsync(string? chosenCode, string? jobSlug, CancellationToken cancellationToken)
    {
        var states = await StateReader.AllAsync(db, cancellationToken);
        return new StateChoices(states, states.FirstOrDefault(s => s.Code == chosenCode), await InLanguageAsync(await JobAsync(jobSlug, cancellationToken), cancellationToken));
    }

    /// <summary>A state by its address word ("texas") or its USPS code in any case ("tx"), or null.</summary>
    public async Task<StatePlace?> FindAsync(string slugOrCode, CancellationToken cancellationToken) =>
        StateCodes.Normalize(slugOrCode) is { } code ? await StateReader.ByCodeAsync(db, code, cancellationToken)
        : slugOrCode.Length <= MaxSlugLength && Slugs.Pattern().IsMatch(slugOrCode) ? await StateReader.BySlugAsync(db, slugOrCode, cancellationToken)
        : null;

    /// <summary>A state by a code a form or cookie sent, or null when it is no state of the file.</summary>
    public async Task<StatePlace?> ByCodeAsync(string? text, CancellationToken cancellationToken) =>
        StateCodes.Normalize(text) is { } code ? await StateReader.ByCodeAsync(db, code, cancellationToken) : null;

    public async Task<StateDetails> DetailsAsync(StatePlace state, string? chosenCode, string? jobSlug, CancellationToken cancellationToken)
    {
        var job = await JobAsync(jobSlug, cancellationToken);
        var chosen = chosenCode is null ? null : chosenCode == state.Code ? state : await StateReader.ByCodeAsync(db, chosenCode, cancellationToken);
        // The other sites search by the English (O*NET) title; the page shows the title in its language.
        var links = job is null ? StateLinks.ForState(state) : StateLinks.ForJob(job.Code, job.Title, state);
        return new StateDetails(state, chosen, await InLanguageAsync(job, cancellationToken), links);
    }

    /// <summary>The job's title in the request's language, where translated.</summary>
    private async Task<JobRef?> InLanguageAsync(JobRef? job, CancellationToken cancellationToken) => job is null ? null
        : job with { Title = (await TranslatedTexts.ForAsync(db, [TextKey.Occupation(job.Slug)], cancellationToken)).Title(TextKey.Occupation(job.Slug), job.Title) };

    /// <summary>The job with this address word, or null for none, a malformed one or one the site does not have.</summary>
    public async Task<JobRef?> JobAsync(string? slug, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(slug) || slug.Length > MaxSlugLength || !Slugs.Pattern().IsMatch(slug))
        {
            return null;
        }
        return await db.Occupations.Where(o => o.Slug == slug).Select(o => new JobRef(o.Slug, o.Code, o.Title)).FirstOrDefaultAsync(cancellationToken);
    }
}

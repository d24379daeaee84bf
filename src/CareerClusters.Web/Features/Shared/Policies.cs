namespace CareerClusters.Web.Features.Shared;

/// <summary>Names of the output cache and rate limiter policies, used on controllers.</summary>
public static class Policies
{
    /// <summary>Pages that change only when the content does: cached per content generation.</summary>
    public const string ContentPages = "content-pages";

    /// <summary>Content pages that also show the visitor's shortlist buttons: cached per generation and per shortlist.</summary>
    public const string ContentPagesWithChoices = "content-pages-with-choices";

    /// <summary>Job pages: cached per generation and per chosen state (their "in your state" links, <see cref="MyState"/>).</summary>
    public const string JobPages = "job-pages";

    /// <summary>The survey form: cached like <see cref="ContentPages"/>, except for a browser that remembers a result (<see cref="LastSurveyResult"/>), whose page shows it and is never stored.</summary>
    public const string SurveyForm = "survey-form";

    /// <summary>
    /// The page policies whose pages are made only from the content, so that without a visitor's cookie they are the
    /// same for everyone: the fast path keeps them as sent, and they are compressed once per generation at Brotli's best.
    /// </summary>
    public static bool IsContentPage(string? policyName) => policyName is ContentPages or ContentPagesWithChoices or JobPages or SurveyForm;

    /// <summary>Tag of every cached content page, so a new generation evicts them all at once.</summary>
    public const string ContentCacheTag = "content";

    /// <summary>Search results and suggestions: cached like <see cref="ContentPagesWithChoices"/>, but never kept by a shared cache.</summary>
    public const string SearchPages = "search-pages";

    /// <summary>QR codes of the site's pages: cached per content generation (a page may go) and per page.</summary>
    public const string QrCodes = "qr-codes";

    /// <summary>Creating and changing counselors' lists, per client address.</summary>
    public const string ListChanges = "list-changes";

    /// <summary>Opening lists and their editors, per client address: guessing list addresses is slow.</summary>
    public const string ListViews = "list-views";

    /// <summary>Tries of the "Recover a list" form, per client address.</summary>
    public const string ListRecovery = "list-recovery";

    /// <summary>Making and changing class boards, per client address.</summary>
    public const string ClassChanges = "class-changes";

    /// <summary>Opening a class's join page, sending a result to a class and recovering a board, per client address (the guesses a code allows).</summary>
    public const string ClassJoins = "class-joins";

    /// <summary>Searches and suggestions the server has to run (not those answered from the cache), per client address.</summary>
    public const string Search = "search";

    /// <summary>The open data API's answers: cached per content generation, language and query (output cache), and limited per client address (rate limiter).</summary>
    public const string Api = "api";

    /// <summary>The open data API's CORS policy: any site may read it.</summary>
    public const string ApiCors = "api-cors";
}

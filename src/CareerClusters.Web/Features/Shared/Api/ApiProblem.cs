using System.ComponentModel;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace CareerClusters.Web.Features.Shared.Api;

/// <summary>An RFC 9457 problem: every 4xx (and the 5xx that should never happen) of the API, as application/problem+json.</summary>
[Description("A problem with a request (RFC 9457, application/problem+json): what went wrong, and which parameter when one was at fault.")]
public sealed record ApiProblem
{
    [Description("What kind of problem this is: an address on the API's reference page that explains it.")]
    [ApiExample(SitePaths.ApiReference + "#problem-bad-parameter")]
    public required string Type { get; init; }

    [Description("The kind of problem in a few words: the same for every problem of this type.")]
    [ApiExample("A parameter has a value the API does not accept")]
    public required string Title { get; init; }

    [Description("The HTTP status code.")]
    [ApiExample(400)]
    public required int Status { get; init; }

    [Description("This occurrence in a sentence: what to change.")]
    [ApiExample("education must be one of: no-formal-credential, high-school-diploma, postsecondary-nondegree-award, some-college, associates-degree, bachelors-degree, masters-degree, doctoral-or-professional-degree.")]
    public required string Detail { get; init; }

    [Description("The address that was asked for (its path).")]
    [ApiExample(SitePaths.ApiOccupations)]
    public required string Instance { get; init; }

    [Description("The query or path parameter at fault, or null when no parameter was.")]
    [ApiExample("education")]
    public required string? Parameter { get; init; }
}

/// <summary>The kinds of problem the API answers with: each has its anchor on the reference page (<see cref="SitePaths.ApiReference"/>).</summary>
public static class ApiProblems
{
    public const string ContentType = "application/problem+json";

    public static readonly IReadOnlyList<(string Kind, int Status, string Title, string Meaning)> Kinds =
    [
        (UnknownParameter, 400, "The request has a parameter the API does not know", "The address names a query parameter this endpoint does not read, or gives one twice: a typing mistake would otherwise be ignored silently."),
        (BadParameter, 400, "A parameter has a value the API does not accept", "A parameter's value is not one the endpoint accepts: the detail says what it accepts."),
        (NotFound, 404, "Nothing is at this address", "No framework, cluster, pathway, job or page of results has this name or number, or the address is not one of the API's."),
        (MethodNotAllowed, 405, "The API only reads", "The API answers GET, HEAD and OPTIONS (CORS) only."),
        (TooManyRequests, 429, "Too many requests from your address", "Your address sent more requests than the limit allows: wait the seconds the Retry-After header gives."),
        (ServerError, 500, "The server could not answer", "Something went wrong on the server. Please try again later."),
    ];

    public const string UnknownParameter = "unknown-parameter";
    public const string BadParameter = "bad-parameter";
    public const string NotFound = "not-found";
    public const string MethodNotAllowed = "method-not-allowed";
    public const string TooManyRequests = "too-many-requests";
    public const string ServerError = "server-error";

    /// <summary>The anchor of a kind of problem on the reference page.</summary>
    public static string Anchor(string kind) => "problem-" + kind;

    public static ApiProblem Of(string kind, string detail, PathString instance, string? parameter = null)
    {
        var (_, status, title, _) = Kinds.First(k => k.Kind == kind);
        return new ApiProblem
        {
            Type = $"{SitePaths.ApiReference}#{Anchor(kind)}",
            Title = title,
            Status = status,
            Detail = detail,
            Instance = instance.Value ?? "",
            Parameter = parameter,
        };
    }

    /// <summary>The kind of problem of a status code the API answers without a detail of its own (a route that is not there, a method it does not take).</summary>
    public static string KindOf(int status) => status switch
    {
        404 => NotFound,
        405 => MethodNotAllowed,
        429 => TooManyRequests,
        >= 500 => ServerError,
        _ => BadParameter,
    };

    /// <summary>A problem as an action's answer: never stored by a cache (a 404 would otherwise be kept by default).</summary>
    public static JsonResult Result(ApiProblem problem) => new ProblemResult(problem);

    private sealed class ProblemResult : JsonResult
    {
        public ProblemResult(ApiProblem problem)
            : base(problem, ApiJson.Options)
        {
            StatusCode = problem.Status;
            ContentType = ApiProblems.ContentType;
        }

        public override Task ExecuteResultAsync(ActionContext context)
        {
            context.HttpContext.Response.Headers.CacheControl = CacheHeaders.NoStore;
            return base.ExecuteResultAsync(context);
        }
    }

    /// <summary>Writes a problem straight to the response (the rate limiter, the error pages): the same JSON as an action's.</summary>
    public static async Task WriteAsync(HttpResponse response, ApiProblem problem, CancellationToken cancellationToken)
    {
        response.StatusCode = problem.Status;
        response.ContentType = ContentType;
        response.Headers.CacheControl = CacheHeaders.NoStore;
        await JsonSerializer.SerializeAsync(response.Body, problem, ApiJson.Options, cancellationToken);
    }
}

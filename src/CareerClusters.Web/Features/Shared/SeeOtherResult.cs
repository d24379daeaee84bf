using Microsoft.AspNetCore.Mvc;

namespace CareerClusters.Web.Features.Shared;

/// <summary>303 See Other: after a form, the browser fetches the target with GET, so reload and back are safe.</summary>
public sealed class SeeOtherResult(string location) : IActionResult
{
    public string Location => location;

    public Task ExecuteResultAsync(ActionContext context)
    {
        context.HttpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.HttpContext.Response.Headers.Location = location;
        return Task.CompletedTask;
    }
}

using CareerClusters.Web.Data;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareerClusters.Web.Features.Shared.Api;

/// <summary>
/// Checks an API request's query before its action runs: a parameter the action does not read, a parameter given twice,
/// a <c>lang</c> that is no language of the site, and a value that does not bind (a page number that is not a number)
/// each get a 400 problem naming the parameter. A typing mistake is never ignored silently.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class ApiParametersAttribute : ActionFilterAttribute
{
    /// <summary>The parameter every endpoint reads (the request culture, Configuration/LocalizationServices).</summary>
    public const string Lang = "lang";

    /// <summary>A parameter name is quoted in a problem at most this long.</summary>
    private const int MaxNameShown = 40;

    public override void OnActionExecuting(ActionExecutingContext context)
    {
        var request = context.HttpContext.Request;
        var known = context.ActionDescriptor.Parameters
            .Where(p => p.BindingInfo?.BindingSource == BindingSource.Query)
            .Select(p => p.BindingInfo?.BinderModelName ?? p.Name)
            .Append(Lang)
            .ToList();
        string? problemDetail = null, parameter = null, kind = ApiProblems.BadParameter;
        foreach (var (name, values) in request.Query)
        {
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                (kind, parameter) = (ApiProblems.UnknownParameter, Shown(name));
                problemDetail = known.Contains(name, StringComparer.OrdinalIgnoreCase)
                    ? $"Parameter names are lowercase: write {known.First(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase))}."
                    : $"This endpoint reads no parameter called {parameter}. It reads: {string.Join(", ", known)}.";
                break;
            }
            if (values.Count > 1)
            {
                (kind, parameter, problemDetail) = (ApiProblems.UnknownParameter, name, $"{name} is given {values.Count} times: give it once.");
                break;
            }
            if (name == Lang && values.ToString() is { Length: > 0 } lang && !SiteCultures.IsKnown(lang))
            {
                (parameter, problemDetail) = (Lang, $"lang must be one of: {string.Join(", ", SiteCultures.All)}.");
                break;
            }
            if (context.ModelState.TryGetValue(name, out var entry) && entry.ValidationState == ModelValidationState.Invalid)
            {
                var type = context.ActionDescriptor.Parameters.First(p => (p.BindingInfo?.BinderModelName ?? p.Name) == name).ParameterType;
                (parameter, problemDetail) = (name, $"{name} must be {WhatFits(type)}.");
                break;
            }
        }
        if (problemDetail is not null)
        {
            context.Result = ApiProblems.Result(ApiProblems.Of(kind, problemDetail, request.Path, parameter));
        }
    }

    private static string WhatFits(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) switch
        {
            var t when t == typeof(int) => "a whole number",
            var t when t == typeof(bool) => "true or false",
            _ => "a valid value",
        };

    /// <summary>A name from the request, cut short: it is the client's own text, written back as JSON (which escapes markup).</summary>
    private static string Shown(string name) => name.Length <= MaxNameShown ? name : name[..MaxNameShown] + "…";
}

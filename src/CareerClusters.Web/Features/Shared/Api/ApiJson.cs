using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace CareerClusters.Web.Features.Shared.Api;

/// <summary>
/// How the API writes JSON: camelCase names (the web defaults, which the OpenAPI document describes too), every field
/// written (a null is written as null, so every answer has the same fields), and letters such as "í" and "ñ" as they are
/// (the encoder still escapes &lt;, &gt;, &amp; and quotes).
/// </summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict,
    };
}

/// <summary>An example value of a field or parameter, for the OpenAPI document (Configuration/ApiDocumentTransformers).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class ApiExampleAttribute(object? value) : Attribute
{
    public object? Value { get; } = value;
}

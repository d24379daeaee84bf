using System.Text.RegularExpressions;
using CareerClusters.Web.Features.Shared;
using Serilog.Core;
using Serilog.Events;

namespace CareerClusters.Web.Configuration;

/// <summary>
/// Keeps secrets out of every log line: in every text property of every log event (the request log's path, ASP.NET
/// Core's request scope, any message that names an address) the segment after each of
/// <see cref="SitePaths.SecretSegments"/> (a list's edit token in <c>/lists/{code}/edit/{token}/...</c>, a class board's in <c>/classes/{code}/board/{token}</c>), and the value of
/// a query parameter named like a secret (<c>token=</c>, <c>recovery…=</c>), become "[redacted]" before any sink sees
/// them. A new kind of secret address adds its segment to <see cref="SitePaths.SecretSegments"/>, not a pattern here.
/// </summary>
public sealed partial class SecretRedaction : ILogEventEnricher
{
    public const string Redacted = "[redacted]";

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            var redacted = Redact(value);
            if (!ReferenceEquals(redacted, value))
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, redacted));
            }
        }
    }

    /// <summary>A property with its secrets replaced (texts, and texts in lists such as logging scopes); the same instance when there is none.</summary>
    private static LogEventPropertyValue Redact(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: string text } when !ReferenceEquals(Redact(text), text) => new ScalarValue(Redact(text)),
        SequenceValue sequence when sequence.Elements.Select(Redact).ToList() is var elements && elements.Where((e, i) => !ReferenceEquals(e, sequence.Elements[i])).Any()
            => new SequenceValue(elements),
        _ => value,
    };

    /// <summary>The text with every secret replaced; the same instance when there is none.</summary>
    public static string Redact(string text)
    {
        if (!SecretSegmentsIn.Any(segment => text.Contains(segment, StringComparison.OrdinalIgnoreCase)) && !SecretQuery().IsMatch(text))
        {
            return text;
        }
        string redacted = SecretQuery().Replace(SecretPath.Replace(text, "$1" + Redacted), "$1" + Redacted);
        return redacted == text ? text : redacted;
    }

    /// <summary>"/edit/" and the like, for a quick look before the regular expression runs.</summary>
    private static readonly string[] SecretSegmentsIn = SitePaths.SecretSegments.Select(s => $"/{s}/").ToArray();

    private static readonly Regex SecretPath = new(
        $@"(/(?:{string.Join('|', SitePaths.SecretSegments.Select(Regex.Escape))})/)[^/?#\s""]+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));

    [GeneratedRegex(@"([?&](?:token|recovery\w*)=)[^&#\s""]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretQuery();
}

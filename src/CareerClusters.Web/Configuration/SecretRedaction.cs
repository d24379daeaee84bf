using System.Text.RegularExpressions;
using CareerClusters.Web.Features.Shared;
using Serilog.Core;
using Serilog.Events;

namespace CareerClusters.Web.Configuration;

/// <summary>
/// Keeps secrets out of every log line: the private edit token of a counselor's list (the last segment of
/// <c>/lists/{code}/edit/{token}</c>) and of a class board (<c>/classes/{code}/board/{token}</c>) is replaced by "[redacted]" in every text property of every log event (the
/// request log's path, ASP.NET Core's request scope, any message that names the address) before any sink sees it.
/// A new kind of secret address adds its pattern here.
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
        string redacted = text.Contains(SitePaths.Lists, StringComparison.OrdinalIgnoreCase) ? EditToken().Replace(text, "$1" + Redacted) : text;
        return redacted.Contains(SitePaths.Classes, StringComparison.OrdinalIgnoreCase) ? BoardToken().Replace(redacted, "$1" + Redacted) : redacted;
    }

    [GeneratedRegex(@"(/lists/[^/?#\s]+/edit/)[^/?#\s""]+", RegexOptions.IgnoreCase)]
    private static partial Regex EditToken();

    /// <summary>The private token of a class board: the last segment of <c>/classes/{code}/board/{token}</c>.</summary>
    [GeneratedRegex(@"(/classes/[^/?#\s]+/board/)[^/?#\s""]+", RegexOptions.IgnoreCase)]
    private static partial Regex BoardToken();
}

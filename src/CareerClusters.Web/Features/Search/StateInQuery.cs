using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Search;

/// <summary>
/// Finds a state's name in what a student typed ("texas", "nurse in new york"): the search then offers that state's
/// page (pay, licenses and apprenticeships there) and searches the other words. Two-letter codes are not read as
/// states: "in", "or" and "me" are words.
/// </summary>
public static partial class StateInQuery
{
    /// <summary>The state named (the longest name wins: "west virginia", not "virginia") and the query without it, or null.</summary>
    public static StateMention? Find(string query, IReadOnlyList<StatePlace> states)
    {
        string words = " " + string.Join(' ', WordsOf(query)) + " ";
        foreach (var (state, name) in Names.GetValue(states, NamesOf))
        {
            int at = words.IndexOf(name, StringComparison.Ordinal);
            if (at >= 0)
            {
                string rest = (words[..at] + " " + words[(at + name.Length)..]).Trim();
                return new StateMention(state, string.Join(' ', rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Filler.Contains(w))));
            }
        }
        return null;
    }

    /// <summary>
    /// Each state with its name as <see cref="Find"/> compares it (" new york "), longest first: worked out once per list
    /// of states (search's list is read once per content generation, <see cref="StateReader"/>), not on every search.
    /// </summary>
    private static readonly ConditionalWeakTable<IReadOnlyList<StatePlace>, List<(StatePlace State, string Name)>> Names = new();

    private static List<(StatePlace State, string Name)> NamesOf(IReadOnlyList<StatePlace> states) =>
        [.. states.OrderByDescending(s => s.Name.Length).Select(s => (s, " " + string.Join(' ', WordsOf(s.Name)) + " "))];

    /// <summary>Words that only tie a state to the rest ("jobs in texas"), dropped from what is left to search.</summary>
    private static readonly HashSet<string> Filler = ["in", "of", "for", "near", "around", "the", "state", "jobs", "job", "careers", "career"];

    private static IEnumerable<string> WordsOf(string text) => Word().Matches(text.ToLowerInvariant()).Select(m => m.Value);

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}

/// <summary>A state named in a query, and the query's other words.</summary>
public sealed record StateMention(StatePlace State, string Rest);

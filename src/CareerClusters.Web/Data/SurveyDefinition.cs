using System.Security.Cryptography;
using System.Text;

namespace CareerClusters.Web.Data;

/// <summary>A cluster's "Is this you?" statements, as the survey reads them.</summary>
public sealed record ClusterStatements(string Slug, string Title, int Order, IReadOnlyList<InterestStatement> Statements);

/// <summary>
/// One checkbox of the survey. <see cref="Index"/> is its place in the canonical list and its bit in a result link;
/// a statement written the same way in several clusters is asked once and counts for each of them.
/// </summary>
public sealed record SurveyItem(int Index, string Kind, string Text, IReadOnlyList<string> ClusterSlugs)
{
    /// <summary>The language of <see cref="Text"/> when it is not the page's (a statement not translated yet); else null.</summary>
    public string? Lang { get; init; }
}

/// <summary>
/// A group of statements shown together (one fieldset). Its legend is a key of the text catalogue (SiteText); a kind
/// with many statements is split into parts, and the page says "(part 1 of 2)".
/// </summary>
public sealed record SurveySection(string Id, string Kind, string Legend, int Part, int Parts, IReadOnlyList<SurveyItem> Items);

/// <summary>
/// The survey built from the clusters' statements: the canonical list (clusters by order, statements in file order),
/// its version (a short hash of that list, so a result link names the list it was made with), and the sections shown,
/// in a fixed shuffle that is the same for everyone.
/// </summary>
public sealed class SurveyDefinition
{
    public const int VersionLength = 6;

    /// <summary>Sections longer than this are split, so that each step of the survey stays short.</summary>
    public const int MaxSectionSize = 20;

    // The shuffle's seed is a constant, not the version: the same list is always shown in the same order.
    private const ulong ShuffleSeed = 0x5EED_CC09_2024_0001;

    private static readonly string[] KindOrder = ["activity", "quality", "subject"];

    private static readonly Dictionary<string, string> Legends = new()
    {
        ["activity"] = "Things you like to do",
        ["quality"] = "What you are like",
        ["subject"] = "School subjects you enjoy",
    };

    private readonly Dictionary<string, IReadOnlyList<int>> _itemsByCluster;

    private SurveyDefinition(IReadOnlyList<ClusterStatements> clusters, IReadOnlyList<SurveyItem> items,
        Dictionary<string, IReadOnlyList<int>> itemsByCluster, string version)
    {
        Clusters = clusters;
        Items = items;
        _itemsByCluster = itemsByCluster;
        Version = version;
        Sections = BuildSections(items);
    }

    /// <summary>Every cluster, in canonical order, including any without statements.</summary>
    public IReadOnlyList<ClusterStatements> Clusters { get; }

    /// <summary>The statements in canonical order: <c>Items[i].Index == i</c>.</summary>
    public IReadOnlyList<SurveyItem> Items { get; }

    public string Version { get; }

    public IReadOnlyList<SurveySection> Sections { get; }

    /// <summary>The items (indexes) a cluster's statements are asked by, each once.</summary>
    public IReadOnlyList<int> ItemsOf(string clusterSlug) => _itemsByCluster.GetValueOrDefault(clusterSlug) ?? [];

    /// <summary>
    /// The same survey (items, order, sections, version) in other words: the clusters' names and statements a
    /// language gives, the English ones marked with <paramref name="fallbackLang"/> where it gives none.
    /// </summary>
    public SurveyDefinition Worded(Func<string, string?> title, Func<SurveyItem, string?> text, string fallbackLang) =>
        new([.. Clusters.Select(c => title(c.Slug) is { Length: > 0 } t ? c with { Title = t } : c)],
            [.. Items.Select(i => text(i) is { Length: > 0 } t ? i with { Text = t } : i with { Lang = fallbackLang })],
            _itemsByCluster, Version);

    public static SurveyDefinition Build(IEnumerable<ClusterStatements> clusters)
    {
        var ordered = clusters.OrderBy(c => c.Order).ThenBy(c => c.Slug, StringComparer.Ordinal).ToList();
        var items = new List<(string Kind, string Text, List<string> Slugs)>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var itemsByCluster = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal);
        var canonical = new StringBuilder();
        foreach (var cluster in ordered)
        {
            var own = new List<int>();
            foreach (var statement in cluster.Statements)
            {
                string text = Tidy(statement.Text);
                if (text.Length == 0)
                {
                    continue;
                }
                canonical.Append(cluster.Slug).Append('\t').Append(statement.Kind).Append('\t').Append(text).Append('\n');
                string key = statement.Kind + "\t" + text.ToLowerInvariant();
                if (!byKey.TryGetValue(key, out int index))
                {
                    index = items.Count;
                    byKey[key] = index;
                    items.Add((statement.Kind, text, []));
                }
                if (!own.Contains(index))
                {
                    own.Add(index);
                    items[index].Slugs.Add(cluster.Slug);
                }
            }
            itemsByCluster[cluster.Slug] = own;
        }
        var surveyItems = items.Select((item, i) => new SurveyItem(i, item.Kind, item.Text, item.Slugs)).ToList();
        return new SurveyDefinition(ordered, surveyItems, itemsByCluster, VersionOf(canonical.ToString()));
    }

    /// <summary>The first characters of the base32 SHA-256 of the canonical list.</summary>
    private static string VersionOf(string canonical)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(canonical));
        ulong bits = 0;
        for (int i = 0; i < 8; i++)
        {
            bits = (bits << 8) | hash[i];
        }
        var version = new char[VersionLength];
        for (int i = 0; i < VersionLength; i++)
        {
            version[i] = alphabet[(int)(bits >> (59 - (5 * i))) & 31];
        }
        return new string(version);
    }

    public static bool LooksLikeVersion(ReadOnlySpan<char> text)
    {
        if (text.Length != VersionLength)
        {
            return false;
        }
        foreach (char c in text)
        {
            if (c is not (>= 'a' and <= 'z' or >= '2' and <= '7'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A statement as the survey shows and counts it: runs of spaces and line breaks become one space.</summary>
    public static string Tidy(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static List<SurveySection> BuildSections(IReadOnlyList<SurveyItem> items)
    {
        var sections = new List<SurveySection>();
        var kinds = KindOrder.Concat(items.Select(i => i.Kind).Where(k => !KindOrder.Contains(k)).Distinct(StringComparer.Ordinal));
        foreach (string kind in kinds)
        {
            var shuffled = Shuffle(items.Where(i => i.Kind == kind).ToList());
            if (shuffled.Count == 0)
            {
                continue;
            }
            // Split into equal parts no longer than the maximum, so no step is much longer than another.
            int parts = (shuffled.Count + MaxSectionSize - 1) / MaxSectionSize;
            string legend = Legends.GetValueOrDefault(kind) ?? "More about you";
            for (int part = 0; part < parts; part++)
            {
                int from = shuffled.Count * part / parts, to = shuffled.Count * (part + 1) / parts;
                sections.Add(new SurveySection(
                    parts == 1 ? $"survey-{kind}" : $"survey-{kind}-{part + 1}",
                    kind,
                    legend,
                    part + 1,
                    parts,
                    shuffled.GetRange(from, to - from)));
            }
        }
        return sections;
    }

    /// <summary>A Fisher–Yates shuffle driven by SplitMix64 from a constant seed: the same on every machine and runtime.</summary>
    internal static List<T> Shuffle<T>(List<T> list)
    {
        var result = new List<T>(list);
        ulong state = ShuffleSeed;
        for (int i = result.Count - 1; i > 0; i--)
        {
            state += 0x9E3779B97F4A7C15;
            ulong z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
            z ^= z >> 31;
            int j = (int)(z % (ulong)(i + 1));
            (result[i], result[j]) = (result[j], result[i]);
        }
        return result;
    }
}

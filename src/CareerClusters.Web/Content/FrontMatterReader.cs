using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CareerClusters.Web.Content;

/// <summary>Where each front matter key and list item stands in the file, so problems can name a line.</summary>
public sealed class FieldLines(int frontMatterFirstLine)
{
    private readonly Dictionary<string, int> _keys = [];
    private readonly Dictionary<string, List<int>> _items = [];
    private readonly Dictionary<(string Key, string Entry), int> _entries = [];

    /// <summary>The line of a top-level key, or the first front matter line when the key is absent.</summary>
    public int Of(string key) => _keys.TryGetValue(key, out int line) ? line : Math.Max(1, frontMatterFirstLine - 1);

    /// <summary>The line of item <paramref name="index"/> of a top-level list.</summary>
    public int OfItem(string key, int index) =>
        _items.TryGetValue(key, out var lines) && index < lines.Count ? lines[index] : Of(key);

    /// <summary>The line of key <paramref name="entry"/> inside the mapping of top-level key <paramref name="key"/>.</summary>
    public int OfEntry(string key, string entry) => _entries.TryGetValue((key, entry), out int line) ? line : Of(key);

    /// <summary>Whether the mapping of top-level key <paramref name="key"/> has the key <paramref name="entry"/>.</summary>
    public bool HasEntry(string key, string entry) => _entries.ContainsKey((key, entry));

    /// <summary>The top-level keys the front matter has.</summary>
    public IReadOnlyCollection<string> Keys => _keys.Keys;

    internal void AddKey(string key, int line) => _keys[key] = line;

    internal void AddEntry(string key, string entry, int line) => _entries.TryAdd((key, entry), line);

    internal void AddItem(string key, int line)
    {
        if (!_items.TryGetValue(key, out var lines))
        {
            _items[key] = lines = [];
        }
        lines.Add(line);
    }
}

/// <summary>Reads YAML front matter into a typed record with YamlDotNet; unknown keys are errors.</summary>
public static class FrontMatterReader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithDuplicateKeyChecking()
        .Build();

    private const string NameValueFix = "Write each field on its own line as name: value, like: title: \"Health Science\"";

    public static T? Read<T>(string? yaml, int firstLine, string file, List<ContentProblem> problems, out FieldLines lines)
        where T : class, new()
    {
        lines = new FieldLines(firstLine);
        if (string.IsNullOrWhiteSpace(yaml))
        {
            problems.Add(new ContentProblem(file, 1, 1,
                "the file has no front matter: it must start with a line \"---\", the fields, and another \"---\"")
            { Fix = "Add a line of three dashes (---) at the very top, then the fields (title: ...), then another --- line before the text." });
            return null;
        }

        try
        {
            // One pass over the YAML: the parser notes where each key and list item stands while YamlDotNet reads it.
            var parser = new LineRecordingParser(new Parser(new StringReader(yaml)), lines, firstLine);
            parser.Consume<StreamStart>();
            if (!parser.Accept<DocumentStart>(out _))
            {
                problems.Add(new ContentProblem(file, firstLine, 1, "the front matter must be a list of \"field: value\" lines") { Fix = NameValueFix });
                return null;
            }
            parser.Consume<DocumentStart>();
            if (!parser.Accept<MappingStart>(out _))
            {
                problems.Add(new ContentProblem(file, firstLine, 1, "the front matter must be a list of \"field: value\" lines") { Fix = NameValueFix });
                return null;
            }
            var meta = Deserializer.Deserialize<T>(parser) ?? new T();
            parser.Consume<DocumentEnd>();
            return meta;
        }
        catch (YamlException ex)
        {
            problems.Add(YamlProblems.From(ex, yaml, firstLine, file, typeof(T)));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up without a position on some unclosed brackets and quotes.
            int lastLine = firstLine + yaml.TrimEnd('\n').Count(c => c == '\n');
            problems.Add(new ContentProblem(file, firstLine, 1,
                $"a bracket [ ] or a quote between lines {firstLine} and {lastLine} is not closed")
            { Fix = "Find the [ or the quote mark that has no partner and close it on the same line." });
            return null;
        }
    }
}

/// <summary>
/// Passes YAML events through to the deserializer and records the line of every top-level key, of every item of a
/// top-level list, of every key of a top-level mapping and of every item of a list in such a mapping ("ways_in.steps"), so
/// problems found later can point at the right line.
/// </summary>
internal sealed class LineRecordingParser(IParser inner, FieldLines lines, int firstLine) : IParser
{
    // One frame per open mapping or sequence: for a mapping, whether the next node is a key.
    private readonly Stack<(bool IsMapping, bool ExpectKey, string? Key)> _frames = new();
    private string? _lastTopLevelKey;
    private string? _lastEntry;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }
        switch (inner.Current)
        {
            case Scalar scalar:
                NodeStarted(scalar, scalar.Value);
                break;
            case MappingStart mapping:
                NodeStarted(mapping, null);
                _frames.Push((true, true, _frames.Count == 1 ? _lastTopLevelKey : null));
                break;
            case SequenceStart sequence:
                NodeStarted(sequence, null);
                _frames.Push((false, false, ListKey()));
                break;
            case MappingEnd or SequenceEnd:
                _frames.Pop();
                break;
        }
        return true;
    }

    /// <summary>The key a list's items are recorded under: a top-level key ("occupations"), or one level down ("ways_in.steps").</summary>
    private string? ListKey() => _frames.Count switch
    {
        1 => _lastTopLevelKey,
        2 when _frames.Peek() is (true, _, { } parent) && _lastEntry is not null => parent + "." + _lastEntry,
        _ => null,
    };

    private void NodeStarted(ParsingEvent node, string? scalarValue)
    {
        if (_frames.Count == 0)
        {
            return;
        }
        var (isMapping, expectKey, key) = _frames.Pop();
        int line = (int)node.Start.Line + firstLine - 1;
        if (isMapping)
        {
            if (expectKey && _frames.Count == 0 && scalarValue is not null)
            {
                _lastTopLevelKey = scalarValue;
                lines.AddKey(scalarValue, line);
            }
            else if (expectKey && key is not null && scalarValue is not null)
            {
                _lastEntry = scalarValue;
                lines.AddEntry(key, scalarValue, line);
            }
            _frames.Push((true, !expectKey, key));
        }
        else
        {
            if (key is not null)
            {
                lines.AddItem(key, line);
            }
            _frames.Push((false, false, key));
        }
    }
}

using System.Reflection;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization.NamingConventions;

namespace CareerClusters.Web.Content;

/// <summary>
/// Turns YamlDotNet's exceptions into problems an editor can act on: what is wrong in plain words, the line as
/// written with a "^" under the column, and how to fix it. The parser's own wording is shown only when no plain
/// sentence fits.
/// </summary>
public static partial class YamlProblems
{
    /// <param name="yaml">The YAML text (a file's front matter, or a whole YAML file).</param>
    /// <param name="firstLine">The file line of the YAML's first line.</param>
    /// <param name="fields">The type the YAML is read into (its properties are the allowed fields), or null.</param>
    public static ContentProblem From(YamlException ex, string yaml, int firstLine, string file, Type? fields)
    {
        var lines = yaml.Split('\n');
        int yamlLine = Math.Clamp((int)ex.Start.Line, 1, lines.Length);
        int column = Math.Max(1, (int)ex.Start.Column);
        string detail = (ex.InnerException?.Message ?? ex.Message).Split('\n')[0];
        if (detail.Contains("tab character", StringComparison.Ordinal)
            && Array.FindIndex(lines, yamlLine - 1, l => l.Contains('\t', StringComparison.Ordinal)) is int tabbed and >= 0)
        {
            yamlLine = tabbed + 1;
            column = lines[tabbed].IndexOf('\t', StringComparison.Ordinal) + 1;
        }
        string excerpt = lines[yamlLine - 1].TrimEnd('\r');
        var (message, fix) = Explain(ex, detail, excerpt, column, fields);
        return new ContentProblem(file, yamlLine + firstLine - 1, column, message) { Fix = fix, Excerpt = excerpt };
    }

    private static (string Message, string Fix) Explain(YamlException ex, string detail, string excerpt, int column, Type? fields)
    {
        var (key, value) = FieldOf(excerpt);
        string quoted = key.Length > 0 ? $"{key}: \"{value.Replace("\"", "'", StringComparison.Ordinal)}\"" : "title: \"@home: where it starts\"";
        if (UnknownPropertyPattern().Match(ex.Message) is { Success: true } unknown && fields is not null)
        {
            string field = UnderscoredNamingConvention.Instance.Apply(unknown.Groups["name"].Value);
            var type = fields.Assembly.GetTypes().FirstOrDefault(t => t.FullName == unknown.Groups["type"].Value) ?? fields;
            var allowed = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetCustomAttribute<YamlDotNet.Serialization.YamlIgnoreAttribute>() is null)
                .Select(p => UnderscoredNamingConvention.Instance.Apply(p.Name));
            return ($"unknown field \"{field}\" (check the spelling; allowed fields are: {string.Join(", ", allowed)})",
                "Correct the field's name to one of the allowed fields, or delete the line.");
        }
        if (DuplicatePattern().Match(detail) is { Success: true } duplicate)
        {
            return ($"the field \"{duplicate.Groups[1].Value}\" is written twice", "Keep one of the two lines and delete the other.");
        }
        if (ex.InnerException is InvalidOperationException || detail.Contains("flow sequence", StringComparison.Ordinal))
        {
            return ("a list in square brackets [ ] is not closed, or a comma is missing between its items",
                "End the list with ] on the same line, with a comma between items, like: related: [health-science, education]");
        }
        if (detail.Contains("flow mapping", StringComparison.Ordinal))
        {
            return ("a { is opened but not closed", "Remove the { }, or close it; most fields are written as name: value.");
        }
        if (detail.Contains("invalid mapping", StringComparison.Ordinal))
        {
            return excerpt.Length > 0 && char.IsWhiteSpace(excerpt[0])
                ? ("this line is indented (it starts with spaces), so it is read as part of the line above",
                    "Start the line at the very beginning, with no spaces before the field's name.")
                : ("the value has a colon followed by a space (\": \") in it, which starts a new field in YAML",
                    $"Put the whole value in double quotes, like: {quoted}");
        }
        if (detail.Contains("did not find expected key", StringComparison.Ordinal))
        {
            return ExpectedKey(excerpt, column, key, value);
        }
        if (detail.Contains("quoted scalar", StringComparison.Ordinal) && !detail.Contains("escape", StringComparison.Ordinal))
        {
            return ("a quote mark (\") opens a value here, but nothing closes it on this line",
                "Add the closing quote mark at the end of the value.");
        }
        if (detail.Contains("escape character", StringComparison.Ordinal))
        {
            return ("a backslash \\ inside \"double quotes\" starts a special character in YAML",
                "Write two backslashes \\\\ for one, or put the value in 'single quotes' instead.");
        }
        if (detail.Contains("tab character", StringComparison.Ordinal))
        {
            return ("this line is indented with a tab", "Indent with spaces instead of a tab (most editors can be set to type spaces).");
        }
        if (detail.Contains("cannot start any token", StringComparison.Ordinal) || ex is AnchorNotFoundException)
        {
            char first = column - 1 < excerpt.Length ? excerpt[column - 1] : '?';
            return ($"a value cannot start with \"{first}\" in YAML", $"Put the whole value in double quotes, like: {quoted}");
        }
        if (detail.Contains("Expected 'SequenceStart'", StringComparison.Ordinal) || detail.Contains("to 'System.Collections.Generic.List", StringComparison.Ordinal))
        {
            return ($"\"{key}\" takes a list, not a single value", $"Write the items in square brackets, like: {key}: [first, second]");
        }
        if (detail.Contains("got 'SequenceStart'", StringComparison.Ordinal) || detail.Contains("No node deserializer", StringComparison.Ordinal))
        {
            return ($"\"{key}\" takes one value, not a list", $"Write a single value after the colon, like: {key}: \"...\"");
        }
        if (ex is not SemanticErrorException and not SyntaxErrorException && ex.InnerException is FormatException or OverflowException)
        {
            return WrongType(key, fields);
        }
        return ($"this line cannot be read as YAML (the reader says: {MarkPattern().Replace(detail, "").Trim()})",
            "Compare it with the lines around it: each field is name: value, lists are [a, b] or lines starting with \"- \", and quotes come in pairs.");
    }

    /// <summary>"did not find expected key": a quote closed too early, a line without a colon, or a list item out of line.</summary>
    private static (string, string) ExpectedKey(string excerpt, int column, string key, string value)
    {
        string trimmed = excerpt.TrimStart();
        if (trimmed.StartsWith('-'))
        {
            return ("this list item does not line up with the list it belongs to",
                "Put each item on its own line under the field that ends with a colon, starting with \"  - \" at the same indent as the other items.");
        }
        if (value.Length >= 2 && value[0] is '"' or '\'' && column - 1 > excerpt.IndexOf(value, StringComparison.Ordinal))
        {
            return value[0] == '"'
                ? ("a quote mark inside the value ends it early: the value is in \"double quotes\" and has another \" inside",
                    $"Use single quotes inside the value, like: {key}: \"{value[1..^1].Replace('"', '\'')}\"")
                : ("an apostrophe inside the value ends it early: the value is in 'single quotes' and has another ' inside",
                    $"Put the value in double quotes instead, like: {key}: \"{value[1..^1]}\"");
        }
        if (!trimmed.Contains(':', StringComparison.Ordinal))
        {
            return ("this line has no colon: every field is written as name: value",
                "Add a colon and a space after the field's name, like: order: 1 (or join the line to the one above if it is part of its value).");
        }
        return ("this line does not fit with the lines around it: a new field (name: value) was expected here",
            "Check that the line starts with a field's name and a colon, and that any quotes on it and on the line above come in pairs.");
    }

    private static (string, string) WrongType(string key, Type? fields)
    {
        var property = fields?.GetProperty(string.Concat(key.Split('_').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..])));
        var type = property is null ? null : Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        return type == typeof(int) ? ($"\"{key}\" must be a whole number", $"Write a number without quotes or words, like: {key}: 3")
            : type == typeof(bool) ? ($"\"{key}\" must be true or false", $"Write {key}: true or {key}: false")
            : ("a value has the wrong type (for example, \"order\" must be a whole number)", "Write the value the field takes: a number for order, true or false for yes-or-no fields.");
    }

    /// <summary>The field's name and value on a "name: value" line, or empty strings.</summary>
    private static (string Key, string Value) FieldOf(string line)
    {
        int colon = line.IndexOf(':', StringComparison.Ordinal);
        return colon <= 0 ? ("", "") : (line[..colon].Trim().TrimStart('-', ' '), line[(colon + 1)..].Trim());
    }

    [GeneratedRegex(@"Property '(?<name>[^']+)' not found on type '(?<type>[^']+)'")]
    private static partial Regex UnknownPropertyPattern();

    [GeneratedRegex(@"[Dd]uplicate key (.+?)\.?$")]
    private static partial Regex DuplicatePattern();

    [GeneratedRegex(@"\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):?")]
    private static partial Regex MarkPattern();
}

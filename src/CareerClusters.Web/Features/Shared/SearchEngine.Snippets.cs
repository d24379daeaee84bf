using System.Net;
using CareerClusters.Web.Data;

namespace CareerClusters.Web.Features.Shared;

/// <summary>The snippet under each search result: words of the page around the first match, matches marked.</summary>
public sealed partial class SearchEngine
{
    private const char SnippetStart = '\u0002';
    private const char SnippetEnd = '\u0003';

    private const int SnippetWords = 26;

    /// <summary>
    /// About 26 words of the page around the first word that matches the search, with the matching words between
    /// marker characters. Built in memory from the indexed text: cheaper than asking FTS5 to tokenize every result again.
    /// Two passes over the words, keeping none but the window's: where the first match is, then the window around it.
    /// </summary>
    public static string Snippet(string body, IReadOnlyList<string> stems, SearchLanguage? language = null)
    {
        var read = language ?? SearchLanguage.English;
        int first = -1;
        int count = 0;
        for (int at = 0; NextWord(body, ref at, out int index, out int length); count++)
        {
            if (Matches(read, body.AsSpan(index, length), stems))
            {
                first = count;
                break;
            }
        }
        if (count == 0 && first < 0)
        {
            return "";
        }
        // Six words before the first match (none when nothing matches), and whether the page goes on after the window.
        int start = Math.Max(0, first - 6);
        Span<(int Index, int Length, bool Match)> window = stackalloc (int, int, bool)[SnippetWords];
        int shown = 0;
        bool more = false;
        int word = 0;
        for (int at = 0; NextWord(body, ref at, out int index, out int length); word++)
        {
            if (word < start)
            {
                continue;
            }
            if (shown == SnippetWords)
            {
                more = true;
                break;
            }
            window[shown++] = (index, length, first >= 0 && word >= first && Matches(read, body.AsSpan(index, length), stems));
        }
        // A first match on the very first word ends with "…" once the window is full, as it always has.
        bool cut = more || (first == 0 && shown == SnippetWords);
        int from = window[0].Index;
        int to = window[shown - 1].Index + window[shown - 1].Length;
        var text = new System.Text.StringBuilder(to - from + 2 * shown + 2 + (cut ? 0 : body.Length - to));
        if (start > 0)
        {
            text.Append('…');
        }
        int position = from;
        foreach (var (index, length, match) in window[..shown])
        {
            text.Append(body, position, index - position);
            if (match)
            {
                text.Append(SnippetStart).Append(body, index, length).Append(SnippetEnd);
            }
            else
            {
                text.Append(body, index, length);
            }
            position = index + length;
        }
        if (cut)
        {
            text.Append('…');
        }
        else
        {
            text.Append(body, position, body.Length - position);
        }
        return text.ToString();
    }

    private static bool Matches(SearchLanguage read, ReadOnlySpan<char> word, IReadOnlyList<string> stems)
    {
        for (int i = 0; i < stems.Count; i++)
        {
            if (read.StartsWith(word, stems[i]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The next word at or after <paramref name="at"/>, which moves past it; false at the end of the text.</summary>
    private static bool NextWord(string body, ref int at, out int index, out int length)
    {
        while (at < body.Length && !IsWordChar(body[at]))
        {
            at++;
        }
        index = at;
        while (at < body.Length && IsWordChar(body[at]))
        {
            at++;
        }
        length = at - index;
        return length > 0;
    }

    /// <summary>
    /// A character of a word: a letter or number (Unicode categories L and N, one UTF-16 unit at a time, as the regular
    /// expression <c>[\p{L}\p{N}'’]+</c> read them) or an apostrophe. A loop, not that expression: it runs on every result.
    /// </summary>
    private static bool IsWordChar(char c) => char.IsAscii(c) ? char.IsAsciiLetterOrDigit(c) || c == '\'' : char.IsLetter(c) || char.IsNumber(c) || c == '’';

    /// <summary>Encode first, then turn the control-character markers into &lt;mark&gt;: the text itself can never add markup.</summary>
    public static string HighlightedHtml(string snippet) =>
        WebUtility.HtmlEncode(snippet.Replace("\n", " ")).Replace(SnippetStart.ToString(), "<mark>").Replace(SnippetEnd.ToString(), "</mark>");
}

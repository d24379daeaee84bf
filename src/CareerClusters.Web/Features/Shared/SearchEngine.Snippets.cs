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
    /// </summary>
    public static string Snippet(string body, IReadOnlyList<string> stems, SearchLanguage? language = null)
    {
        var read = language ?? SearchLanguage.English;
        bool Matches(ReadOnlySpan<char> word)
        {
            foreach (string stem in stems)
            {
                if (read.StartsWith(word, stem))
                {
                    return true;
                }
            }
            return false;
        }

        // Scan only as far as the window needs: the words up to the first match, and the window after it.
        var words = new List<(int Index, int Length, bool Match)>();
        int first = -1;
        bool scannedAll = true;
        for (int at = 0; at < body.Length; at++)
        {
            if (!IsWordChar(body[at]))
            {
                continue;
            }
            int index = at;
            while (at + 1 < body.Length && IsWordChar(body[at + 1]))
            {
                at++;
            }
            int length = at + 1 - index;
            bool match = Matches(body.AsSpan(index, length));
            words.Add((index, length, match));
            if (match && first < 0)
            {
                first = words.Count - 1;
            }
            if (first >= 0 && words.Count >= first + SnippetWords)
            {
                scannedAll = false;
                break;
            }
        }
        if (words.Count == 0)
        {
            return "";
        }
        int start = Math.Max(0, (first < 0 ? 0 : first) - 6);
        int end = Math.Min(words.Count, start + SnippetWords);
        var text = new System.Text.StringBuilder(start > 0 ? "…" : "");
        int position = words[start].Index;
        for (int i = start; i < end; i++)
        {
            var (index, length, match) = words[i];
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
        if (end < words.Count || !scannedAll)
        {
            text.Append('…');
        }
        else
        {
            text.Append(body, position, body.Length - position);
        }
        return text.ToString();
    }

    /// <summary>
    /// A character of a word: a letter or number (Unicode categories L and N, one UTF-16 unit at a time, as the regular
    /// expression <c>[\p{L}\p{N}'’]+</c> read them) or an apostrophe. A loop, not that expression: it runs on every result.
    /// </summary>
    private static bool IsWordChar(char c) => char.IsLetter(c) || char.IsNumber(c) || c is '\'' or '’';

    /// <summary>Encode first, then turn the control-character markers into &lt;mark&gt;: the text itself can never add markup.</summary>
    public static string HighlightedHtml(string snippet) =>
        WebUtility.HtmlEncode(snippet.Replace("\n", " ")).Replace(SnippetStart.ToString(), "<mark>").Replace(SnippetEnd.ToString(), "</mark>");
}

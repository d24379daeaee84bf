using System.Security.Cryptography;
using System.Text;
using CareerClusters.Web.Data.UserData;
using Microsoft.AspNetCore.WebUtilities;

namespace CareerClusters.Web.Features.Lists;

/// <summary>
/// What a post of the list editor's form carries besides its button: the version of the list the form was made from,
/// what was typed in it, the search box, and a fingerprint of each text the form showed (<c>shown[title]</c>,
/// <c>shown[introduction]</c>, <c>shown[note-5]</c>). The version tells a form made before another change (in another
/// tab, on another server, by a colleague) from a current one; the fingerprints tell which boxes its person changed, so
/// that the "changed meanwhile" page keeps what they typed and shows the colleague's change everywhere else.
/// </summary>
public sealed class ListEditorForm
{
    public const string TitleKey = "title";
    public const string IntroductionKey = "introduction";

    /// <summary>The version of the list the form was made from; null in a post without one (a script's), which is taken as current.</summary>
    public int? Version { get; set; }

    public string? Title { get; set; }

    public string? Introduction { get; set; }

    public Dictionary<int, string>? Notes { get; set; }

    /// <summary>The fingerprints (<see cref="Fingerprint"/>) of the texts the form showed, by <see cref="TitleKey"/>, <see cref="IntroductionKey"/> and <see cref="NoteKey"/>.</summary>
    public Dictionary<string, string>? Shown { get; set; }

    /// <summary>The search box, which belongs to the form.</summary>
    public string? Q { get; set; }

    public static string NoteKey(int itemId) => "note-" + itemId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether the form was made from another version of the list than the one saved now.</summary>
    public bool IsOlderThan(CounselorList list) => Version is { } version && version != list.Version;

    /// <summary>What was typed, as it was typed.</summary>
    public ListTyped Typed() => new(Title ?? "", Introduction ?? "", (Notes ?? []).ToDictionary(n => n.Key, n => n.Value ?? ""));

    /// <summary>
    /// A short fingerprint of a text as the list would save it (trimmed; a browser sends a new line as CR LF): a form
    /// carries it rather than the text itself.
    /// </summary>
    public static string Fingerprint(string text) =>
        WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n").Trim())).AsSpan(0, 12));

    /// <summary>
    /// What the editor's boxes show over the list as it is now, after another change: a box its person changed keeps
    /// what they typed (with what the list now says beside it, when that changed too); a box they left as it was shows
    /// the list's text now. Notes of items the list no longer has are dropped.
    /// </summary>
    public ListTyped KeptOver(ListTyped typed, CounselorList now)
    {
        var savedMeanwhile = new Dictionary<string, string>();
        string Keep(string key, string typedText, string saved)
        {
            string? shown = Shown?.GetValueOrDefault(key);
            string typedPrint = Fingerprint(typedText), savedPrint = Fingerprint(saved);
            if (typedPrint == shown)
            {
                return saved;
            }
            if (savedPrint != shown && savedPrint != typedPrint)
            {
                savedMeanwhile[key] = saved;
            }
            return typedText;
        }
        var notes = now.Items.Where(i => typed.Notes.ContainsKey(i.Id)).ToDictionary(i => i.Id, i => Keep(NoteKey(i.Id), typed.Notes[i.Id], i.Note));
        return new ListTyped(Keep(TitleKey, typed.Title, now.Title), Keep(IntroductionKey, typed.Introduction, now.Introduction), notes)
        {
            SavedMeanwhile = savedMeanwhile,
        };
    }
}

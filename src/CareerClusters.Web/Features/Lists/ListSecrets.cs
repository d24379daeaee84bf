using System.Security.Cryptography;
using System.Text;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Lists;

/// <summary>The public code, the private edit token and the one-time recovery code of a list.</summary>
public static class ListSecrets
{
    /// <summary>No 0/o, 1/l/i: a code read off a slide or a printout is typed right the first time.</summary>
    private const string CodeAlphabet = "23456789abcdefghjkmnpqrstuvwxyz";

    /// <summary>Four groups of four from <see cref="CodeAlphabet"/>: about 79 bits, never guessed even without the rate limit.</summary>
    private const int RecoveryGroups = 4, RecoveryGroupLength = 4;

    public static string NewCode() => RandomNumberGenerator.GetString(CodeAlphabet, Data.UserData.CounselorList.CodeLength);

    /// <summary>A 256-bit random token, URL-safe.</summary>
    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>A recovery code as it is shown, to be written down: "k7m2-x9pq-4hrt-zz3n".</summary>
    public static string NewRecoveryCode() =>
        string.Join('-', Enumerable.Range(0, RecoveryGroups).Select(_ => RandomNumberGenerator.GetString(CodeAlphabet, RecoveryGroupLength)));

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The hash of a recovery code as typed: capitals, spaces and dashes forgiven.</summary>
    public static string HashRecoveryCode(string code) => Hash(NormalizeRecoveryCode(code));

    /// <summary>Compares in constant time, so response times say nothing about a guessed token.</summary>
    public static bool Matches(string token, string hash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(token)), Encoding.ASCII.GetBytes(hash));

    /// <summary>Whether a typed recovery code is the one whose hash is stored (in constant time); never for a list without one.</summary>
    public static bool RecoveryCodeMatches(string? typed, string? hash) =>
        hash is not null && !string.IsNullOrWhiteSpace(typed) && typed.Length <= 100
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HashRecoveryCode(typed)), Encoding.ASCII.GetBytes(hash));

    /// <summary>A code as typed: capitals and spaces forgiven.</summary>
    public static string NormalizeCode(string? code) => (code ?? "").Trim().ToLowerInvariant();

    /// <summary>
    /// The list code in what a counselor pasted into the recovery form: the code itself, the list's address, its full
    /// link or its (old) edit link. Null when it holds no code the site could have made.
    /// </summary>
    public static string? CodeIn(string? typed)
    {
        string text = (typed ?? "").Trim();
        if (text.Length > 500)
        {
            return null;
        }
        const string prefix = SitePaths.Lists + "/";
        int at = text.IndexOf(prefix, StringComparison.OrdinalIgnoreCase);
        if (at >= 0)
        {
            text = text[(at + prefix.Length)..];
            int end = text.IndexOfAny(['/', '?', '#']);
            text = end >= 0 ? text[..end] : text;
        }
        string code = NormalizeCode(text);
        return IsCode(code) ? code : null;
    }

    /// <summary>Whether a (normalized) code is one the site could have made: only such a code is looked up.</summary>
    public static bool IsCode(string code) =>
        code.Length == Data.UserData.CounselorList.CodeLength && code.All(c => CodeAlphabet.Contains(c, StringComparison.Ordinal));

    private static string NormalizeRecoveryCode(string code) =>
        new(code.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToLowerInvariant).ToArray());
}

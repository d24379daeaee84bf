using System.Security.Cryptography;
using System.Text;
using CareerClusters.Web.Data.UserData;

namespace CareerClusters.Web.Features.Classes;

/// <summary>
/// The codes of a class: its join code (public, for the class), the token of its private board link and its one-time
/// recovery code (both stored only as hashes, like a list's edit token).
/// </summary>
public static class ClassSecrets
{
    /// <summary>Capitals and digits without 0/O, 1/I: a code read aloud or copied off a whiteboard is typed right the first time.</summary>
    public const string CodeAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    /// <summary>Four groups of four: 80 random bits, typed from a printout.</summary>
    private const int RecoveryGroups = 4;
    private const int RecoveryGroupLength = 4;

    public static string NewJoinCode() => RandomNumberGenerator.GetString(CodeAlphabet, ClassBoard.CodeLength);

    /// <summary>A 256-bit random token, URL-safe.</summary>
    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>"K7MP-4QXA-…": shown once, kept only as a hash.</summary>
    public static string NewRecoveryCode() => string.Join('-',
        Enumerable.Range(0, RecoveryGroups).Select(_ => RandomNumberGenerator.GetString(CodeAlphabet, RecoveryGroupLength)));

    public static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Compares in constant time, so response times say nothing about a guessed secret.</summary>
    public static bool Matches(string secret, string hash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(hash));

    /// <summary>
    /// A join code as typed ("k7m 4px", "K7M-4PX"): small letters, spaces and dashes forgiven; null when it cannot be a
    /// code (the alphabet has no 0, O, 1 or I, so no code holds them).
    /// </summary>
    public static string? NormalizeJoinCode(string? typed)
    {
        string code = Clean(typed);
        return code.Length == ClassBoard.CodeLength && code.All(CodeAlphabet.Contains) ? code : null;
    }

    /// <summary>A recovery code as typed, in the form it was shown; null when it cannot be one.</summary>
    public static string? NormalizeRecoveryCode(string? typed)
    {
        string code = Clean(typed);
        return code.Length == RecoveryGroups * RecoveryGroupLength && code.All(CodeAlphabet.Contains)
            ? string.Join('-', code.Chunk(RecoveryGroupLength).Select(c => new string(c)))
            : null;
    }

    /// <summary>"K7M 4PX": two groups of three, to write on a board and read aloud.</summary>
    public static string Display(string joinCode) => joinCode.Length == ClassBoard.CodeLength ? $"{joinCode[..3]} {joinCode[3..]}" : joinCode;

    private static string Clean(string? typed)
    {
        if (typed is null || typed.Length > 64)
        {
            return "";
        }
        var code = new StringBuilder();
        foreach (char c in typed.ToUpperInvariant())
        {
            if (c is ' ' or '-' or '\t')
            {
                continue;
            }
            code.Append(c);
        }
        return code.ToString();
    }
}

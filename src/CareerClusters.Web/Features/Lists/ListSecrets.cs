using System.Security.Cryptography;
using System.Text;

namespace CareerClusters.Web.Features.Lists;

/// <summary>The public code and the private edit token of a list.</summary>
public static class ListSecrets
{
    /// <summary>No 0/o, 1/l/i: a code read off a slide or a printout is typed right the first time.</summary>
    private const string CodeAlphabet = "23456789abcdefghjkmnpqrstuvwxyz";

    public static string NewCode() => RandomNumberGenerator.GetString(CodeAlphabet, Data.UserData.CounselorList.CodeLength);

    /// <summary>A 256-bit random token, URL-safe.</summary>
    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Compares in constant time, so response times say nothing about a guessed token.</summary>
    public static bool Matches(string token, string hash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(token)), Encoding.ASCII.GetBytes(hash));

    /// <summary>A code as typed: capitals and spaces forgiven.</summary>
    public static string NormalizeCode(string? code) => (code ?? "").Trim().ToLowerInvariant();
}

using System.Buffers.Text;
using CareerClusters.Web.Data;

namespace CareerClusters.Web.Features.Shared;

public enum SurveyCodeStatus
{
    /// <summary>The code reads with the current statement list.</summary>
    Ok,
    /// <summary>The code is well formed but was made with a statement list that has since changed.</summary>
    OtherVersion,
    /// <summary>The code is not one the site makes: bad characters, wrong length, bits past the end.</summary>
    Malformed,
}

public sealed record SurveyAnswers(SurveyCodeStatus Status, IReadOnlySet<int> Ticked)
{
    public static readonly SurveyAnswers Malformed = new(SurveyCodeStatus.Malformed, new HashSet<int>());
    public static readonly SurveyAnswers OtherVersion = new(SurveyCodeStatus.OtherVersion, new HashSet<int>());
}

/// <summary>
/// The answers in a result link: <c>{version}-{bitset}</c>, the bitset in base64url with bit <c>i</c> for statement
/// <c>i</c> of the canonical list (least significant bit first). A given set of answers has exactly one code.
/// </summary>
public static class SurveyCode
{
    public static string Encode(SurveyDefinition survey, IEnumerable<int> ticked)
    {
        byte[] bits = new byte[ByteCount(survey.Items.Count)];
        foreach (int index in ticked)
        {
            if (index < 0 || index >= survey.Items.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(ticked), index, "No such statement.");
            }
            bits[index / 8] |= (byte)(1 << (index % 8));
        }
        return survey.Version + "-" + Base64Url.EncodeToString(bits);
    }

    public static SurveyAnswers Decode(SurveyDefinition survey, string? code)
    {
        if (code is null || code.Length < SurveyDefinition.VersionLength + 1 || code.Length > 1000
            || code[SurveyDefinition.VersionLength] != '-' || !SurveyDefinition.LooksLikeVersion(code.AsSpan(0, SurveyDefinition.VersionLength)))
        {
            return SurveyAnswers.Malformed;
        }
        string data = code[(SurveyDefinition.VersionLength + 1)..];
        foreach (char c in data)
        {
            if (c is not (>= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_'))
            {
                return SurveyAnswers.Malformed;
            }
        }
        if (!code.StartsWith(survey.Version, StringComparison.Ordinal))
        {
            // There is no record of older lists to read the answers with; the page says so.
            return SurveyAnswers.OtherVersion;
        }
        int bytes = ByteCount(survey.Items.Count);
        if (data.Length != Base64Url.GetEncodedLength(bytes))
        {
            return SurveyAnswers.Malformed;
        }
        byte[]? bits = DecodeCanonical(data, bytes);
        if (bits is null)
        {
            return SurveyAnswers.Malformed;
        }
        var ticked = new HashSet<int>();
        for (int i = 0; i < bytes * 8; i++)
        {
            if ((bits[i / 8] & (1 << (i % 8))) == 0)
            {
                continue;
            }
            if (i >= survey.Items.Count)
            {
                return SurveyAnswers.Malformed;
            }
            ticked.Add(i);
        }
        return new SurveyAnswers(SurveyCodeStatus.Ok, ticked);
    }

    /// <summary>
    /// Decodes unpadded base64url strictly: only the one spelling <see cref="Encode"/> makes is accepted (the unused
    /// low bits of the last character must be zero), so a result has one link.
    /// </summary>
    private static byte[]? DecodeCanonical(string data, int bytes)
    {
        var result = new byte[bytes];
        int buffer = 0, bitCount = 0, written = 0;
        foreach (char c in data)
        {
            int value = c switch
            {
                >= 'A' and <= 'Z' => c - 'A',
                >= 'a' and <= 'z' => c - 'a' + 26,
                >= '0' and <= '9' => c - '0' + 52,
                '-' => 62,
                '_' => 63,
                _ => -1,
            };
            if (value < 0)
            {
                return null;
            }
            buffer = (buffer << 6) | value;
            bitCount += 6;
            if (bitCount >= 8)
            {
                bitCount -= 8;
                if (written == bytes)
                {
                    return null;
                }
                result[written++] = (byte)(buffer >> bitCount);
                buffer &= (1 << bitCount) - 1;
            }
        }
        return written == bytes && buffer == 0 ? result : null;
    }

    private static int ByteCount(int items) => (items + 7) / 8;
}

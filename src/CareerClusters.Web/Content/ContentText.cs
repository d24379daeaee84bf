using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace CareerClusters.Web.Content;

/// <summary>
/// Reads a content file as strict UTF-8. A byte that is not UTF-8 (a Windows-1252 "é" saved by an old editor is the
/// usual cause) is a problem at its file and line, never text shown as replacement characters. A byte-order mark is
/// accepted and dropped.
/// </summary>
public static class ContentText
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>The file's text, or null (and a problem) when it cannot be read or is not UTF-8.</summary>
    public static string? Read(string path, string relativePath, List<ContentProblem> problems)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException ex)
        {
            problems.Add(new ContentProblem(relativePath, 1, 1, $"the file could not be read: {ex.Message}"));
            return null;
        }
        return Decode(bytes, relativePath, problems);
    }

    /// <summary>The text of these bytes, or null (and a problem at the first bad byte's line and column).</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string relativePath, List<ContentProblem> problems)
    {
        if (bytes.StartsWith(ByteOrderMark))
        {
            bytes = bytes[ByteOrderMark.Length..];
        }
        var text = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, text, out int bytesRead, out int charsWritten, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            return new string(text, 0, charsWritten);
        }
        // bytesRead stops at the first invalid sequence (or at a sequence cut off by the end of the file).
        var before = bytes[..bytesRead];
        int line = before.Count((byte)'\n') + 1;
        int lineStart = before.LastIndexOf((byte)'\n') + 1;
        int column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        problems.Add(new ContentProblem(relativePath, line, column,
            $"the file is not valid UTF-8 (byte 0x{bytes[bytesRead]:X2}): save it as UTF-8; an old editor's Windows-1252 or Latin-1 letter such as \"é\" is the usual cause"));
        return null;
    }
}

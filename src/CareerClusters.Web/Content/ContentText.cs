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
            problems.Add(new ContentProblem(relativePath, 1, 1, $"the file could not be read: {ex.Message}")
            { Fix = "Close any program that has the file open, check that the site may read it, and save it again." });
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
        else if (OtherFormat(bytes) is { } format)
        {
            problems.Add(new ContentProblem(relativePath, 1, 1, format.Message) { Fix = format.Fix });
            return null;
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
            $"the file is not valid UTF-8 (byte 0x{bytes[bytesRead]:X2}): it was probably saved as Windows-1252 or Latin-1 (\"ANSI\"), as old editors do with letters such as \"é\"")
        { Fix = SaveAsUtf8 });
        return null;
    }

    private const string SaveAsUtf8 =
        "Open the file and save it again as UTF-8: choose Save As (or Save with Encoding) and pick UTF-8 in the Encoding list.";

    /// <summary>
    /// A file saved in another text encoding or format than UTF-8 text, named so the editor knows what to change:
    /// UTF-16 and UTF-32 (by their byte-order marks, or UTF-16 by its zero bytes), a Word document, RTF or a PDF.
    /// </summary>
    private static (string Message, string Fix)? OtherFormat(ReadOnlySpan<byte> bytes)
    {
        string? encoding = bytes switch
        {
            [0xFF, 0xFE, 0x00, 0x00, ..] => "UTF-32",
            [0x00, 0x00, 0xFE, 0xFF, ..] => "UTF-32",
            [0xFF, 0xFE, ..] => "UTF-16",
            [0xFE, 0xFF, ..] => "UTF-16",
            [_, 0x00, _, 0x00, ..] or [0x00, _, 0x00, _, ..] => "UTF-16",
            _ => null,
        };
        if (encoding is not null)
        {
            return ($"the file is saved as {encoding}; save it as UTF-8", SaveAsUtf8);
        }
        string? document = bytes switch
        {
            [0x50, 0x4B, 0x03, 0x04, ..] => "a Word document or another zipped file",
            [0xD0, 0xCF, 0x11, 0xE0, ..] => "an old Word document (.doc)",
            [(byte)'{', (byte)'\\', (byte)'r', (byte)'t', (byte)'f', ..] => "a Rich Text (RTF) document",
            [(byte)'%', (byte)'P', (byte)'D', (byte)'F', ..] => "a PDF",
            _ => null,
        };
        return document is null ? null : ($"the file is {document}, not plain text",
            "Copy the text into a plain-text editor (Notepad, TextEdit in plain-text mode, VS Code) and save it as UTF-8 with the same name.");
    }
}

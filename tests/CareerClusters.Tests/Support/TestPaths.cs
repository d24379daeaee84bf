namespace CareerClusters.Tests.Support;

public static class TestPaths
{
    /// <summary>The small, purpose-made content set copied next to the test assembly.</summary>
    public static string TestContent => Path.Combine(AppContext.BaseDirectory, "TestContent");

    /// <summary>A small district folder (Content:LocalPath) for the test content: sections for its cluster, pathway and job, a guide, search words.</summary>
    public static string TestLocal => Path.Combine(AppContext.BaseDirectory, "TestLocal");

    /// <summary>The example district folder that ships in docs/, for the real content.</summary>
    public static string ExampleLocal => Path.Combine(RepositoryRoot, "docs", "example-local");

    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CareerClusters.sln")))
            {
                directory = directory.Parent;
            }
            return directory?.FullName ?? throw new InvalidOperationException("CareerClusters.sln not found above the test folder");
        }
    }

    /// <summary>The site's real content folder, for integrity tests.</summary>
    public static string RealContent => Path.Combine(RepositoryRoot, "content");

    /// <summary>
    /// Deletes a test's folder. A factory may be disposed twice (Dispose and DisposeAsync), and SQLite may remove its
    /// journal files while the folder is being emptied: neither is a test failure.
    /// </summary>
    public static void DeleteDirectory(string path)
    {
        for (int attempt = 1; Directory.Exists(path); attempt++)
        {
            try
            {
                Directory.Delete(path, recursive: true);
            }
            catch (Exception ex) when (ex is DirectoryNotFoundException or FileNotFoundException || ex is IOException && attempt < 5)
            {
                Thread.Sleep(50);
            }
        }
    }
}

/// <summary>A throw-away copy of the test content that a test may break, deleted afterwards.</summary>
public sealed class ContentCopy : IDisposable
{
    public ContentCopy(string source = "")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cc-content-" + Guid.NewGuid().ToString("N"));
        CopyDirectory(source.Length == 0 ? TestPaths.TestContent : source, Path);
    }

    public string Path { get; }

    public ContentCopy Write(string relativePath, string text)
    {
        string full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return this;
    }

    /// <summary>Writes raw bytes, for files an old editor saved in another encoding.</summary>
    public ContentCopy WriteBytes(string relativePath, byte[] bytes)
    {
        string full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return this;
    }

    /// <summary>The file with "é" saved the Windows-1252 way (one byte, 0xE9) in place of a text, as an old editor does.</summary>
    public ContentCopy EditAsWindows1252(string relativePath, string oldText, string newText)
    {
        string full = System.IO.Path.Combine(Path, relativePath);
        string text = File.ReadAllText(full);
        if (!text.Contains(oldText, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"\"{oldText}\" is not in {relativePath}");
        }
        var bytes = text.Replace(oldText, newText, StringComparison.Ordinal).Select(c => c == 'é' ? (byte)0xE9 : checked((byte)c)).ToArray();
        return WriteBytes(relativePath, bytes);
    }

    public ContentCopy Edit(string relativePath, string oldText, string newText)
    {
        string full = System.IO.Path.Combine(Path, relativePath);
        string text = File.ReadAllText(full);
        if (!text.Contains(oldText, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"\"{oldText}\" is not in {relativePath}");
        }
        File.WriteAllText(full, text.Replace(oldText, newText, StringComparison.Ordinal));
        return this;
    }

    public void Dispose() => TestPaths.DeleteDirectory(Path);

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, System.IO.Path.Combine(to, System.IO.Path.GetFileName(file)));
        }
        foreach (string directory in Directory.EnumerateDirectories(from))
        {
            CopyDirectory(directory, System.IO.Path.Combine(to, System.IO.Path.GetFileName(directory)));
        }
    }
}

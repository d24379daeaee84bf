namespace CareerClusters.Tests.Hostile;

/// <summary>One hostile value: sent percent-encoded, or (<paramref name="Raw"/>) written into the address exactly as it is.</summary>
public sealed record HostileInput(string Category, string Value, bool Raw = false)
{
    /// <summary>Injection payloads call cc_xss, so a page that runs any of them is recognised by that name.</summary>
    public const string Marker = "cc_xss";

    public override string ToString() => $"{Category}: {(Value.Length > 60 ? Value[..60] + $"... ({Value.Length} chars)" : Value)}{(Raw ? " (raw)" : "")}";
}

/// <summary>
/// The corpus of hostile and odd input sent to every route and form (issue 14): FTS5 query syntax, SQL fragments,
/// script and attribute injection, path traversal, overlong and odd Unicode, malformed percent-encoding, odd numbers
/// and format strings. Very long query strings and headers, repeated parameters and odd methods are built by the test.
/// </summary>
public static class HostileInputs
{
    public static IReadOnlyList<HostileInput> All { get; } = Build();

    private static List<HostileInput> Build()
    {
        var all = new List<HostileInput>();
        void Add(string category, params string[] values) => all.AddRange(values.Select(v => new HostileInput(category, v)));
        void AddRaw(string category, params string[] values) => all.AddRange(values.Select(v => new HostileInput(category, v, Raw: true)));

        Add("fts5",
            "\"", "\"\"", "\"unterminated phrase", "nurse*", "*", "**", "^nurse", "nurse NEAR(doctor, 2)", "NEAR(", "NEAR/3 nurse",
            "title:nurse", "{title body}: nurse", "-nurse", "nurse AND", "OR", "NOT nurse", "AND OR NOT", "(", ")", "nurse OR (doctor AND",
            "a:b:c", "+", "nurse\"doctor", "col:*", "rank MATCH 'x'", "nurse -- comment", "\"nurse\" *", "nur* NEAR(\"web dev\"*, 0)",
            "bm25(search)", "highlight(search, 0, '<b>', '</b>')");
        Add("sql",
            "' OR '1'='1", "'; DROP TABLE Clusters; --", "1; SELECT * FROM sqlite_master", "\" OR \"\"=\"", "' UNION SELECT sql FROM sqlite_master --",
            "1' AND 1=CAST((SELECT 1) AS INT)--", "%' --", "admin'--", "'||(SELECT group_concat(name) FROM sqlite_master)||'", "1 OR 1=1",
            "$1", "?", ":name", "@p0", "x'00'", "randomblob(1000000000)", "'); ATTACH DATABASE '/tmp/x.db' AS x; --", "\\'; --");
        Add("script",
            $"<script>{HostileInput.Marker}(1)</script>", $"\"><script>{HostileInput.Marker}(2)</script>", $"'><img src=x onerror={HostileInput.Marker}(3)>",
            $"<svg onload={HostileInput.Marker}(4)>", $"\" onmouseover=\"{HostileInput.Marker}(5)", $"' onfocus='{HostileInput.Marker}(6)' autofocus='",
            $"javascript:{HostileInput.Marker}(7)", $"</title><script>{HostileInput.Marker}(8)</script>", $"</textarea><script>{HostileInput.Marker}(9)</script>",
            $"<iframe src=javascript:{HostileInput.Marker}(10)>", $"<a href=\"javascript:{HostileInput.Marker}(11)\">x</a>", $"{{{{{HostileInput.Marker}(12)}}}}",
            $"${{{HostileInput.Marker}(13)}}", $"<ScRiPt>{HostileInput.Marker}(14)</sCrIpT>", $"<<script>{HostileInput.Marker}(15)//<</script>",
            $"&lt;script&gt;{HostileInput.Marker}(16)&lt;/script&gt;", $"</script><script>{HostileInput.Marker}(17)</script>",
            $"<math><mtext><table><mglyph><style><img src=x onerror={HostileInput.Marker}(18)>", $"data:text/html,<script>{HostileInput.Marker}(19)</script>",
            $"\" style=\"background:url(javascript:{HostileInput.Marker}(20))", "<cc-xss-tag>", "<!--", "]]>", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
            $"\u0002{HostileInput.Marker}\u0003<b>marked</b>", $"<img src=\"x\" onerror=\"{HostileInput.Marker}(21)\"", $"\\u003cscript\\u003e{HostileInput.Marker}(22)");
        Add("traversal",
            "../../etc/passwd", "....//....//etc/passwd", "..\\..\\windows\\win.ini", "/etc/passwd", "C:\\Windows\\win.ini", "file:///etc/passwd",
            "\\\\server\\share", "~/.ssh/id_rsa", "..", ".", "..;/", "/./././", "//evil.example", "https://evil.example/", "/\\evil.example",
            "appsettings.json", "../App_Data/user-data.db", "/clusters/../admin", "health-science/../../admin");
        AddRaw("traversal-encoded", "..%2f..%2fetc%2fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "%2e%2e", "%252e%252e%252f", "..%5c..%5cwin.ini", "%2f%2fevil.example");
        Add("unicode",
            "👩‍⚕️🧑🏽‍💻", "\u202Eevil\u202C", "nur\u200Bse", "\uFEFFnurse", "n\u0338\u0321\u031B\u0319\u0333u\u0328\u0337r\u0334s\u0335e\u0336", "\u0000", "nurse\u0000admin",
            "\u0001\u0002\u0003\u0004", "\uD800", "\uDC00", "nurse\uD800", "\uFFFF", "\uFFFE", "İstanbul", "STRASSE ß", "ﬁnance", "ｎｕｒｓｅ", "ممرضة", "护士",
            "간호사", "x\r\nSet-Cookie: evil=1", "\t\t", "a\u2028b\u2029c", "nurѕe", "\u00A0nurse\u00A0", "\u180E", "\U0001F600\U0001F600\U0001F600",
            "A\u030A", "Ǆ", "\u0130\u0131", "ΣΑΣ", "\u2066nurse\u2069");
        AddRaw("percent",
            "%", "%%", "%zz", "%c0%af", "%00", "%e0%80%80", "%ff%fe", "%u0041", "%ed%a0%80", "%f4%90%80%80", "%c3", "%2", "%%32%65",
            "%0d%0aSet-Cookie:%20x=1", "+++", "%2B%2B", "a%20b%", "%E2%80%AE", "%EF%BB%BF", "%C0%80", "%F8%88%80%80%80", "&&&", "=", "==", "q=&q=&");
        Add("number",
            "-1", "0", "99999999999999999999", "2147483648", "-2147483649", "1e308", "NaN", "Infinity", "0x7fffffff", "1.5", "null", "undefined",
            "true", "[]", "{}", "[object Object]", "", " ", "   ", "__proto__", "constructor");
        Add("format", "%s%s%s%n", "{0}", "{0:X99999999}", "%d%x%p", "\\x00", "{{", "}}");
        Add("overlong",
            new string('a', 10_000), new string('a', 100_000), string.Concat(Enumerable.Repeat("nurse ", 2_000)),
            string.Join(' ', Enumerable.Range(0, 2_000).Select(i => $"w{i}x")), new string('é', 5_000), string.Concat(Enumerable.Repeat("👩‍⚕️", 2_000)),
            new string(',', 1_000), new string('~', 1_000), new string('"', 1_000), new string('(', 1_000), new string('-', 255),
            string.Concat(Enumerable.Repeat("health-science,", 500)), string.Concat(Enumerable.Repeat("\u0301", 5_000)));
        return all;
    }
}

// Makes a content folder TIMES as large as a real one, for the import benchmark (bench/pages.sh):
//   dotnet run bench/make-large-content.cs -- SOURCE DESTINATION TIMES
// Every cluster, pathway, occupation and guide is written TIMES over: copy k gets "-kK" after every page slug in it,
// " K" after its title, new occupation codes (major groups 80 and up, which SOC does not use) and no redirect_from;
// a page's Spanish file (name.es.md) is copied beside its copy (name-kK.es.md). Each O*NET data row is copied under
// the new codes, O*NET's cluster crosswalk places each copied job in the copied cluster and pathway, and each copied occupation is projected through the
// wider-groups file in its original's BLS row. home.md, the synonyms and the BLS projections are kept once.
using System.Text;
using System.Text.RegularExpressions;

if (args.Length != 3 || !int.TryParse(args[2], out int times) || times < 1 || times > 20)
{
    Console.Error.WriteLine("usage: dotnet run bench/make-large-content.cs -- SOURCE DESTINATION TIMES (1 to 20)");
    return 2;
}
string source = Path.GetFullPath(args[0]);
string destination = Path.GetFullPath(args[1]);
string[] pageFolders = ["clusters", "pathways", "occupations", "guides"];

CopyFolder(source, destination);

var slugs = pageFolders.SelectMany(folder => Directory.GetFiles(Path.Combine(source, folder), "*.md"))
    .Select(file => SlugOf(file).Slug).Distinct().OrderByDescending(s => s.Length).ToList();
var slugPattern = new Regex($"(?<![A-Za-z0-9-])({string.Join("|", slugs.Select(Regex.Escape))})(?![A-Za-z0-9-])", RegexOptions.Compiled);
var codePattern = new Regex(@"\b\d\d-\d{4}\.\d\d\b", RegexOptions.Compiled);
var titlePattern = new Regex("^title: \"(.*)\"$", RegexOptions.Multiline | RegexOptions.Compiled);
var redirectPattern = new Regex("^redirect_from:.*\n", RegexOptions.Multiline | RegexOptions.Compiled);

// Every code any page or O*NET file names, numbered, so copy k maps code number i to one new code.
var codes = new SortedSet<string>(StringComparer.Ordinal);
foreach (string file in pageFolders.SelectMany(folder => Directory.GetFiles(Path.Combine(source, folder), "*.md"))
    .Concat(Directory.GetFiles(Path.Combine(source, "data", "onet"), "*.tsv"))
    .Concat(Directory.GetFiles(Path.Combine(source, "data", "onet"), "*.csv")))
{
    foreach (Match match in codePattern.Matches(File.ReadAllText(file)))
    {
        codes.Add(match.Value);
    }
}
var number = codes.Select((code, i) => (code, i)).ToDictionary(x => x.code, x => x.i);
// The codes of the occupation pages: the only ones the BLS and Advance CTE files may name.
var jobCodes = Directory.GetFiles(Path.Combine(source, "occupations"), "*.md")
    .SelectMany(file => codePattern.Matches(File.ReadAllText(file)).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);
string NewCode(string code, int copy) => $"{79 + copy:00}-{number[code] / 100:0000}.{number[code] % 100:00}";

for (int copy = 1; copy < times; copy++)
{
    foreach (string folder in pageFolders)
    {
        foreach (string file in Directory.GetFiles(Path.Combine(source, folder), "*.md"))
        {
            string text = File.ReadAllText(file);
            text = redirectPattern.Replace(text, "");
            text = titlePattern.Replace(text, m => $"title: \"{m.Groups[1].Value} {copy}\"", 1);
            text = slugPattern.Replace(text, m => $"{m.Value}-k{copy}");
            text = codePattern.Replace(text, m => NewCode(m.Value, copy));
            var (slug, language) = SlugOf(file);
            File.WriteAllText(Path.Combine(destination, folder, $"{slug}-k{copy}{language}.md"), text);
        }
    }
}

foreach (string file in Directory.GetFiles(Path.Combine(source, "data", "onet"), "*.tsv").Append(Path.Combine(source, "data", "onet", "2010_to_2019_Crosswalk.csv")).Where(File.Exists))
{
    string[] rows = File.ReadAllLines(file);
    var more = new StringBuilder();
    for (int copy = 1; copy < times; copy++)
    {
        foreach (string row in rows.Skip(1))
        {
            more.Append(codePattern.Replace(row, m => NewCode(m.Value, copy))).Append('\n');
        }
    }
    File.AppendAllText(Path.Combine(destination, "data", "onet", Path.GetFileName(file)), more.ToString());
}

// O*NET's crosswalk names clusters and pathways by title: copy k's are titled "... K".
string clusterCrosswalk = Path.Combine(source, "data", "onet", "career-clusters-16.csv");
if (File.Exists(clusterCrosswalk))
{
    var cell = new Regex("(?:^|,)(\"(?:[^\"]|\"\")*\"|[^,]*)", RegexOptions.Compiled);
    string Quote(string value) => value.Contains(',') || value.Contains('"') ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    var more = new StringBuilder();
    foreach (string row in File.ReadLines(clusterCrosswalk).Skip(1).Where(line => line.Length > 0))
    {
        var cells = cell.Matches(row).Select(m => m.Groups[1].Value is var v && v.StartsWith('"') ? v[1..^1].Replace("\"\"", "\"") : m.Groups[1].Value).ToList();
        for (int copy = 1; copy < times && codes.Contains(cells[2]); copy++)
        {
            more.Append($"{Quote($"{cells[0]} {copy}")},{Quote($"{cells[1]} {copy}")},{NewCode(cells[2], copy)},{Quote(cells[3])}\n");
        }
    }
    File.AppendAllText(Path.Combine(destination, "data", "onet", "career-clusters-16.csv"), more.ToString());
}

string projections = Path.Combine(source, "data", "bls", "employment-projections-2024-34.csv");
string widerGroups = Path.Combine(source, "data", "bls", "onet-codes-in-wider-groups.csv");
if (File.Exists(projections) && File.Exists(widerGroups))
{
    var projected = File.ReadLines(projections).Skip(1).Select(line => line.Split(',')[0]).ToHashSet(StringComparer.Ordinal);
    var wider = File.ReadLines(widerGroups).Skip(1).Select(line => line.Split(',')).ToDictionary(cells => cells[0], cells => cells[1]);
    var more = new StringBuilder();
    foreach (string code in codes.Where(jobCodes.Contains))
    {
        string? soc = wider.GetValueOrDefault(code)
            ?? (projected.Contains(code[..7]) ? code[..7] : projected.Contains(code[..6] + "0") ? code[..6] + "0" : null);
        for (int copy = 1; copy < times && soc is not null; copy++)
        {
            more.Append($"{NewCode(code, copy)},{soc},copy {copy} of {code} for the import benchmark\n");
        }
    }
    File.AppendAllText(Path.Combine(destination, "data", "bls", "onet-codes-in-wider-groups.csv"), more.ToString());
}

// The 2024 framework places each copied occupation where it places the original: through the original's SOC code in
// Advance CTE's crosswalk (its own, its broad group's or the mapped wider one), or where the site placed it by judgement.
string crosswalk = Path.Combine(source, "data", "advance-cte", "soc-clusters-2024.csv");
string crosswalkWider = Path.Combine(source, "data", "advance-cte", "onet-codes-in-wider-groups.csv");
string judgement = Path.Combine(source, "data", "advance-cte", "placed-by-judgement.csv");
if (File.Exists(crosswalk) && File.Exists(crosswalkWider) && File.Exists(judgement))
{
    var placed = File.ReadLines(crosswalk).Skip(1).Select(line => line[..7]).ToHashSet(StringComparer.Ordinal);
    var wider = File.ReadLines(crosswalkWider).Skip(1).Select(line => line.Split(',')).ToDictionary(cells => cells[0], cells => cells[1]);
    var judged = File.ReadLines(judgement).Skip(1).Where(line => line.Length > 0).ToList();
    var more = new StringBuilder();
    var moreJudged = new StringBuilder();
    foreach (string code in codes.Where(jobCodes.Contains))
    {
        string? soc = placed.Contains(code[..7]) ? code[..7] : placed.Contains(code[..6] + "0") ? code[..6] + "0" : wider.GetValueOrDefault(code);
        for (int copy = 1; copy < times; copy++)
        {
            if (soc is not null)
            {
                more.Append($"{NewCode(code, copy)},{soc},copy {copy} of {code} for the import benchmark\n");
            }
            foreach (string row in judged.Where(row => row.StartsWith(code + ",", StringComparison.Ordinal)))
            {
                moreJudged.Append(NewCode(code, copy)).Append(row[code.Length..]).Append('\n');
            }
        }
    }
    File.AppendAllText(Path.Combine(destination, "data", "advance-cte", "onet-codes-in-wider-groups.csv"), more.ToString());
    File.AppendAllText(Path.Combine(destination, "data", "advance-cte", "placed-by-judgement.csv"), moreJudged.ToString());
}

Console.WriteLine($"{destination}: {times} times the pages of {source}");
return 0;

// "registered-nurses.es.md" is the Spanish file of the page "registered-nurses".
static (string Slug, string Language) SlugOf(string file)
{
    string name = Path.GetFileNameWithoutExtension(file);
    return name.EndsWith(".es", StringComparison.Ordinal) ? (name[..^3], ".es") : (name, "");
}

static void CopyFolder(string from, string to)
{
    Directory.CreateDirectory(to);
    foreach (string file in Directory.GetFiles(from))
    {
        File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
    }
    foreach (string folder in Directory.GetDirectories(from))
    {
        CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
    }
}

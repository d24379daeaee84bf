using System.Globalization;
using System.Text.RegularExpressions;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;
using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Tests.Look;

/// <summary>The clusters' icons and colours: the sprite, the palette and the stylesheet agree, and every colour is readable.</summary>
public partial class ClusterLookTests
{
    private static string WebRoot => Path.Combine(TestPaths.RepositoryRoot, "src", "CareerClusters.Web", "wwwroot");

    [Fact]
    public void TheSprite_HasASymbolForEveryKnownIcon_AndNoOther()
    {
        string sprite = File.ReadAllText(Path.Combine(WebRoot, "icons", "clusters.svg"));
        var ids = SymbolId().Matches(sprite).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal);
        var listed = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, "tools", "icons", "icons.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Order(StringComparer.Ordinal);

        Assert.Equal(ClusterLook.Icons.Order(StringComparer.Ordinal), ids);
        Assert.Equal(ClusterLook.Icons.Order(StringComparer.Ordinal), listed);
        Assert.True(File.Exists(Path.Combine(WebRoot, "icons", "LICENSE.txt")), "the icons' licence is served beside the sprite");
    }

    [Fact]
    public void EveryPaletteColour_HasItsRuleInTheStylesheet()
    {
        string css = File.ReadAllText(Path.Combine(WebRoot, "css", "site.css"));
        var rules = AccentRule().Matches(css).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.ToLowerInvariant());

        Assert.Equal(ClusterLook.Palette.OrderBy(p => p.Key, StringComparer.Ordinal), rules.OrderBy(r => r.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void EveryPaletteColour_IsReadableAsTextOnWhiteAndOnItsTint_AndUnderWhiteText()
    {
        foreach (var (name, hex) in ClusterLook.Palette)
        {
            var colour = Rgb(hex);
            // The tint behind a page's header and icon tiles: 10% of the colour on white (8% in the stylesheet, lighter still).
            var tint = colour.Select(c => c * 0.10 + 255 * 0.90).ToArray();
            Assert.True(Contrast(colour, [255, 255, 255]) >= 4.5, $"{name} ({hex}) on white is {Contrast(colour, [255, 255, 255]):0.00}:1");
            Assert.True(Contrast(colour, tint) >= 4.5, $"{name} ({hex}) on its tint is {Contrast(colour, tint):0.00}:1");
        }
    }

    [Fact]
    public void TheSixteenClusters_HaveSixteenDifferentIconsAndColours()
    {
        // The English files: a translation (health-science.es.md) holds only words, its look is its English twin's.
        var files = Directory.GetFiles(Path.Combine(TestPaths.RealContent, "clusters"), "*.md")
            .Where(f => ContentLoader.SlugAndLanguage(Path.GetFileNameWithoutExtension(f)).Language == SiteCultures.Default)
            .Select(File.ReadAllText).ToList();

        Assert.Equal(16, files.Count);
        Assert.Equal(16, files.Select(f => Field(f, "icon")).Distinct().Count());
        Assert.Equal(16, files.Select(f => Field(f, "colour")).Distinct().Count());
    }

    private static string Field(string file, string name)
    {
        var match = Regex.Match(file, "^" + name + ": (.+)$", RegexOptions.Multiline);
        Assert.True(match.Success, $"no {name}: in a cluster file");
        return match.Groups[1].Value.Trim();
    }

    private static double[] Rgb(string hex) =>
        [int.Parse(hex[1..3], NumberStyles.HexNumber, CultureInfo.InvariantCulture), int.Parse(hex[3..5], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
         int.Parse(hex[5..7], NumberStyles.HexNumber, CultureInfo.InvariantCulture)];

    private static double Luminance(double[] rgb)
    {
        double Channel(double c)
        {
            c /= 255;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(rgb[0]) + 0.7152 * Channel(rgb[1]) + 0.0722 * Channel(rgb[2]);
    }

    private static double Contrast(double[] a, double[] b)
    {
        double la = Luminance(a), lb = Luminance(b);
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    [GeneratedRegex("<symbol id=\"([a-z0-9-]+)\"")]
    private static partial Regex SymbolId();

    [GeneratedRegex(@"\.accent-([a-z]+) \{ --accent: (#[0-9a-fA-F]{6}); \}")]
    private static partial Regex AccentRule();
}

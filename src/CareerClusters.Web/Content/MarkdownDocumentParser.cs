using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using CareerClusters.Web.Data;

namespace CareerClusters.Web.Content;

/// <summary>A link found in a body, kept so the validator can check it points somewhere real.</summary>
public sealed record BodyLink(string Url, int Line, int Column);

/// <summary>One content file split into its front matter text and its rendered body.</summary>
public sealed record ParsedMarkdown(
    string? FrontMatterYaml,
    int FrontMatterFirstLine,
    IReadOnlyList<PageSection> Sections,
    IReadOnlyList<BodyLink> Links,
    bool BodyIsEmpty,
    string PlainText)
{
    /// <summary>The plain text before the first "##" heading: a job's summary, when sections follow it.</summary>
    public string IntroText { get; init; } = "";
}

/// <summary>
/// The one Markdig pipeline of the site. Raw HTML is disabled so Markdown cannot inject markup or script;
/// the body is rendered here, once, at import.
/// </summary>
public static class MarkdownDocumentParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .DisableHtml()
        .Build();

    public static ParsedMarkdown Parse(string text)
    {
        var document = Markdown.Parse(text, Pipeline);
        var frontMatter = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        string? yaml = frontMatter?.Lines.ToString();
        // Markdig lines are 0-based; the YAML starts on the line after the opening "---".
        int firstYamlLine = frontMatter is null ? 1 : frontMatter.Line + 2;

        using var plain = new PlainTextRenderer();
        foreach (var table in document.Descendants<Table>())
        {
            MarkTable(table, plain);
        }

        var bodyBlocks = document.Where(block => block is not YamlFrontMatterBlock).ToList();
        var links = document.Descendants<LinkInline>()
            .Where(link => link.Url is not null)
            .Select(link => new BodyLink(link.Url!, link.Line + 1, link.Column + 1))
            .ToList();

        return new ParsedMarkdown(
            yaml,
            firstYamlLine,
            SplitIntoSections(bodyBlocks, plain),
            links,
            BodyIsEmpty: bodyBlocks.Count == 0,
            PlainText: string.Join("\n", bodyBlocks.Select(plain.Of)))
        {
            IntroText = string.Join("\n", bodyBlocks.TakeWhile(block => block is not HeadingBlock { Level: 2 }).Select(plain.Of)),
        };
    }

    /// <summary>
    /// On a phone a table is shown as a stack of cards, one a row, each cell under its column's name (see .prose table in
    /// site.css): every cell carries its column's name. No ARIA roles on rows and cells: the Nu Html Checker rejects them
    /// on a native table. A wider screen that still cannot fit the table scrolls it: keyboard users must be able to reach it.
    /// </summary>
    private static void MarkTable(Table table, PlainTextRenderer plain)
    {
        table.GetAttributes().AddProperty("tabindex", "0");
        var header = table.OfType<TableRow>().FirstOrDefault(r => r.IsHeader);
        var labels = header is null ? [] : header.OfType<TableCell>().Select(c => plain.Of(c).Trim()).ToList();
        foreach (var row in table.OfType<TableRow>())
        {
            int column = 0;
            foreach (var cell in row.OfType<TableCell>())
            {
                if (!row.IsHeader && column < labels.Count && labels[column].Length > 0)
                {
                    cell.GetAttributes().AddProperty("data-label", labels[column]);
                }
                column += Math.Max(1, cell.ColumnSpan);
            }
        }
    }

    private static List<PageSection> SplitIntoSections(List<Block> blocks, PlainTextRenderer plain)
    {
        var sections = new List<PageSection>();
        HeadingBlock? heading = null;
        var current = new List<Block>();

        void Flush()
        {
            if (heading is null && current.Count == 0)
            {
                return;
            }
            // The first paragraph and the first list's items are kept apart too, so a page can show part of a section without parsing HTML.
            var lead = current.OfType<ParagraphBlock>().FirstOrDefault();
            var list = current.OfType<ListBlock>().FirstOrDefault();
            sections.Add(new PageSection(heading?.GetAttributes().Id, heading is null ? null : plain.Of(heading), Render(current))
            {
                Lead = lead is null ? null : Render([lead]),
                ListItems = list is null ? [] : [.. list.OfType<ListItemBlock>().Select(item => $"<li>{Render([.. item], implicitParagraphs: true)}</li>")],
            });
        }

        foreach (var block in blocks)
        {
            if (block is HeadingBlock { Level: 2 } h2)
            {
                Flush();
                heading = h2;
                current = [];
            }
            else
            {
                current.Add(block);
            }
        }
        Flush();
        return sections;
    }

    /// <param name="implicitParagraphs">Paragraphs without &lt;p&gt;, as Markdig writes them in a tight list's items.</param>
    private static string Render(List<Block> blocks, bool implicitParagraphs = false)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { ImplicitParagraph = implicitParagraphs };
        Pipeline.Setup(renderer);
        foreach (var block in blocks)
        {
            renderer.Write(block);
        }
        writer.Flush();
        return writer.ToString().Trim();
    }

    /// <summary>
    /// The words of a block without markup, for headings, search, summaries and word counts. Markdig's own renderer,
    /// with HTML off, writes each paragraph's inlines (so entities such as &amp;amp; become "&amp;"); each paragraph, list
    /// item and table cell is a line.
    /// </summary>
    private sealed class PlainTextRenderer : IDisposable
    {
        private readonly StringWriter _writer = new();
        private readonly HtmlRenderer _renderer;

        public PlainTextRenderer()
        {
            _renderer = new HtmlRenderer(_writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
            Pipeline.Setup(_renderer);
        }

        public string Of(MarkdownObject node) => node switch
        {
            LeafBlock { Inline: not null } leaf => InlinesOf(leaf),
            LeafBlock leaf => leaf.Lines.ToString(),
            ContainerBlock container => string.Join("\n", container.Select(Of)),
            _ => "",
        };

        private string InlinesOf(LeafBlock leaf)
        {
            _writer.GetStringBuilder().Clear();
            _renderer.WriteLeafInline(leaf);
            // A line break inside a paragraph is not the end of a sentence.
            return _writer.ToString().Replace('\n', ' ');
        }

        public void Dispose() => _writer.Dispose();
    }
}

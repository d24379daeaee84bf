using Markdig;
using Markdig.Extensions.AutoIdentifiers;
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
    string PlainText);

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

        var bodyBlocks = document.Where(block => block is not YamlFrontMatterBlock).ToList();
        var links = document.Descendants<LinkInline>()
            .Where(link => link.Url is not null)
            .Select(link => new BodyLink(link.Url!, link.Line + 1, link.Column + 1))
            .ToList();

        return new ParsedMarkdown(
            yaml,
            firstYamlLine,
            SplitIntoSections(bodyBlocks),
            links,
            BodyIsEmpty: bodyBlocks.Count == 0,
            PlainText: string.Join("\n", bodyBlocks.Select(PlainTextOf)));
    }

    private static List<PageSection> SplitIntoSections(List<Block> blocks)
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
            sections.Add(new PageSection(heading?.GetAttributes().Id, heading is null ? null : PlainTextOf(heading), Render(current)));
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

    private static string Render(List<Block> blocks)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        foreach (var block in blocks)
        {
            renderer.Write(block);
        }
        writer.Flush();
        return writer.ToString().Trim();
    }

    /// <summary>The words of a block without markup, for headings, summaries and word counts.</summary>
    public static string PlainTextOf(MarkdownObject node)
    {
        switch (node)
        {
            case LeafBlock { Inline: not null } leaf:
                return PlainTextOf(leaf.Inline);
            case LeafBlock leaf:
                return leaf.Lines.ToString();
            case ContainerBlock container:
                return string.Join("\n", container.Select(PlainTextOf));
            case LiteralInline literal:
                return literal.Content.ToString();
            case CodeInline code:
                return code.Content;
            case LineBreakInline:
                return " ";
            case ContainerInline inlines:
                return string.Concat(inlines.Select(PlainTextOf));
            default:
                return "";
        }
    }
}

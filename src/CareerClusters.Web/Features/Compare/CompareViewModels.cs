using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Compare;

public sealed record EducationCount(string Label, int Jobs);

/// <summary>How many jobs an item has, and how many of those usually start at each level of education.</summary>
public sealed record EducationSpread(int JobCount, IReadOnlyList<EducationCount> Levels)
{
    public int Unknown => JobCount - Levels.Sum(l => l.Jobs);
}

/// <summary>One column of a comparison: a cluster or a pathway, with the same rows either way.</summary>
public sealed record CompareItem(
    CompareKind Kind,
    string Slug,
    string Title,
    string Path,
    string? ParentTitle,
    string? ParentPath,
    ClusterLook Look,
    string Summary,
    string? WorkHtml,
    string? EnvironmentHtml,
    EducationSpread Education,
    IReadOnlyList<JobLink> Featured,
    string LastRowHeading,
    string? LastRowHtml)
{
    /// <summary>The spread of its jobs' BLS median yearly pay, or null when none has a yearly figure.</summary>
    public PaySpread? Pay { get; init; }

    /// <summary>How many of its jobs are in each BLS outlook band, or null when none has figures.</summary>
    public OutlookSpread? Outlook { get; init; }

    /// <summary>"en" when its own words are shown in English on a page in another language; else null.</summary>
    public string? TextLang { get; init; }

    /// <summary>Jobs with no yearly pay figure (BLS gives some an hourly figure only, and some none).</summary>
    public int JobsWithoutPay => Education.JobCount - (Pay?.JobsWithPay ?? 0);

    /// <summary>Jobs with no BLS outlook figures.</summary>
    public int JobsWithoutOutlook => Education.JobCount - (Outlook?.JobsWithFigures ?? 0);
}

public sealed record CompareViewModel(PageMeta Meta, CompareKind Kind, IReadOnlyList<CompareItem> Items, IReadOnlyList<string> NotFound) : IPageViewModel
{
    public string EditPath => (Kind == CompareKind.Cluster ? SitePaths.CompareClusters(Items.Select(i => ClusterKey.Sixteen(i.Slug))) : SitePaths.ComparePathways(Items.Select(i => i.Slug))) + "&change=1";
}

public sealed record ChoiceGroup(string Title, IReadOnlyList<Choice> Choices);

/// <summary>Why the page to choose from shows instead of a comparison, when the address needs a word about it.</summary>
public enum PickerNote
{
    /// <summary>Nothing to say: no names given, or the reader asked to change what they compare.</summary>
    None,
    /// <summary>The address names things, but none that we have.</summary>
    NoneFound,
    /// <summary>Only one was found: one more is needed.</summary>
    OneFound,
    /// <summary>More were found than fit side by side.</summary>
    TooMany,
}

/// <summary>The page for choosing what to compare, when the address does not name two or three things.</summary>
public sealed record ComparePickerViewModel(PageMeta Meta, CompareKind Kind, string? Message, IReadOnlyList<ChoiceGroup> Groups, IReadOnlySet<string> Selected) : IPageViewModel;

using CareerClusters.Web.Features.Shared;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Compare;

/// <summary>Turns the compare read models into the pages' view models, with the pages' wording from the text catalogue.</summary>
public static class ComparePages
{
    /// <summary>Two or three side by side (<paramref name="comparison"/> has two or three items).</summary>
    public static CompareViewModel Compare(Comparison comparison, IStringLocalizer<SiteText> text)
    {
        var items = comparison.Items;
        string titles = items.Count == 2
            ? text["{0} and {1}", items[0].Title, items[1].Title]
            : text["{0}, {1} and {2}", items[0].Title, items[1].Title, items[2].Title];
        var meta = new PageMeta(text["Compare {0}", titles], text["{0} side by side: pay, job outlook, the education it takes, the work, jobs and skills.", titles],
            comparison.Path, [new Crumb(text["Home"], SitePaths.Home), new Crumb(Title(comparison.Kind, text))]);
        return new CompareViewModel(meta, comparison.Kind, items.Select(item => Item(item, text)).ToList(), comparison.NotFound);
    }

    public static ComparePickerViewModel ClusterPicker(Comparison asked, PickerNote note, IReadOnlyList<Choice> clusters, IStringLocalizer<SiteText> text) =>
        Picker(asked, note, [new ChoiceGroup(text["Career clusters"], clusters)], text);

    public static ComparePickerViewModel PathwayPicker(Comparison asked, PickerNote note, IReadOnlyList<PathwayChoices> pathways, IStringLocalizer<SiteText> text) =>
        Picker(asked, note, pathways.Select(p => new ChoiceGroup(p.ClusterTitle, p.Pathways)).ToList(), text);

    private static ComparePickerViewModel Picker(Comparison asked, PickerNote note, IReadOnlyList<ChoiceGroup> groups, IStringLocalizer<SiteText> text)
    {
        bool clusters = asked.Kind == CompareKind.Cluster;
        var meta = new PageMeta(Title(asked.Kind, text),
            clusters ? text["Choose two or three career clusters to see side by side."] : text["Choose two or three career pathways to see side by side."],
            clusters ? SitePaths.Compare : SitePaths.ComparePathways([]), [new Crumb(text["Home"], SitePaths.Home), new Crumb(Title(asked.Kind, text))]);
        return new ComparePickerViewModel(meta, asked.Kind, Message(asked, note, text)?.Value, groups, asked.Items.Select(i => i.Slug).ToHashSet());
    }

    private static LocalizedString? Message(Comparison asked, PickerNote note, IStringLocalizer<SiteText> text) => (note, asked.Kind) switch
    {
        (PickerNote.NoneFound, CompareKind.Cluster) => text["We could not find the clusters in that address. Choose two or three below."],
        (PickerNote.NoneFound, _) => text["We could not find the pathways in that address. Choose two or three below."],
        (PickerNote.OneFound, _) => text["Choose at least one more to compare with {0}.", asked.Items[0].Title],
        (PickerNote.TooMany, CompareKind.Cluster) => text["You chose {0} clusters. Choose two or three, so they fit side by side.", asked.Items.Count],
        (PickerNote.TooMany, _) => text["You chose {0} pathways. Choose two or three, so they fit side by side.", asked.Items.Count],
        _ => null,
    };

    private static string Title(CompareKind kind, IStringLocalizer<SiteText> text) =>
        kind == CompareKind.Cluster ? text["Compare clusters"] : text["Compare pathways"];

    /// <summary>An item's column: education levels by their labels, and its last row's heading.</summary>
    private static CompareItem Item(ComparedItem item, IStringLocalizer<SiteText> text)
    {
        bool cluster = item.Kind == CompareKind.Cluster;
        var levels = item.Education.Levels.Select(level => new EducationCount(text.Education(level.EducationKey)!, level.Jobs)).ToList();
        var featured = item.Featured
            .Select(job => new JobLink(job.Slug, job.Title, text.Education(job.EducationKey)) { Lang = job.Lang })
            .ToList();
        return new CompareItem(item.Kind, item.Slug, item.Title, item.Path, item.ParentTitle, item.ParentPath, item.Look, item.Summary, item.WorkHtml,
            item.EnvironmentHtml, new EducationSpread(item.Education.JobCount, levels), featured,
            cluster ? text["Skills you'll build"] : text["How to get started"], cluster ? item.SkillsHtml : item.GettingStartedHtml)
        {
            Pay = item.Pay,
            Outlook = item.Outlook,
            TextLang = item.TextLang,
        };
    }

    /// <summary>A BLS median yearly wage in words: "$93,600", or "at least $239,200" where BLS gives only a floor.</summary>
    public static string Words(this IStringLocalizer<SiteText> text, Wage wage) =>
        wage.AtLeast ? text["at least {0}", OccupationFacts.Dollars(wage.Dollars)] : OccupationFacts.Dollars(wage.Dollars);
}

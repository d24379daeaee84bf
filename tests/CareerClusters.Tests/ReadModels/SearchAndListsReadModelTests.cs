using System.Globalization;
using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Errors;
using CareerClusters.Web.Features.Lists;
using CareerClusters.Web.Features.Search;
using CareerClusters.Web.Features.Shared;
using CareerClusters.Web.Features.Sitemap;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Tests.ReadModels;

/// <summary>
/// Search, the counselors' lists, the error pages and the sitemap: their read models carry values only, and the
/// mappings take every phrase they write from the text catalogue (a catalogue that marks what it returns shows which).
/// </summary>
public sealed class SearchAndListsReadModelTests
{
    private static readonly MarkingText Text = new();

    public static TheoryData<Type> ReadModels() =>
    [
        typeof(SearchResults), typeof(FoundPage), typeof(SearchCluster),
        typeof(ListablePage), typeof(ListItem), typeof(ListDetails), typeof(ListName), typeof(ListEditor),
        typeof(ErrorDetails), typeof(SitemapPage),
    ];

    [Theory]
    [MemberData(nameof(ReadModels))]
    public void AReadModel_HasNoPageWording(Type readModel)
    {
        Assert.False(typeof(IPageViewModel).IsAssignableFrom(readModel));
        Assert.DoesNotContain(readModel.GetProperties(), p => p.PropertyType == typeof(PageMeta) || p.PropertyType == typeof(Crumb));
    }

    [Fact]
    public void ASearchResult_SaysWhereItSits_InTheCatalogue()
    {
        var pathway = new SearchHit(1, PageKinds.Pathway, "/clusters/health-science/therapeutic-services", "Therapeutic Services", "health-science", "Health Science", null, 1);
        var job = new SearchHit(2, PageKinds.Occupation, "/occupations/registered-nurses", "Registered Nurses", "health-science", "Health Science", "bachelors-degree", 1, 93600);
        var search = new SearchResults("nurse", false, new SearchFilters(), [new FoundPage(pathway, null), new FoundPage(job, null)], 2, 1, 1, null, true, null,
            new Dictionary<string, int> { [PageKinds.Pathway] = 1, [PageKinds.Occupation] = 1 }, [new SearchCluster("2024:agriculture", "Agriculture")], []);

        var page = SearchPages.Index(search, Text);

        Assert.Equal("[Search results for \u201cnurse\u201d]", page.Meta.Title);
        Assert.All(page.Meta.Breadcrumbs, c => Assert.StartsWith("[", c.Title, StringComparison.Ordinal));
        Assert.Equal(["[in Health Science]", "[in Health Science] · [Bachelor's degree] · [$93,600 a year]"], page.Results.Select(r => r.Context));
        Assert.Equal("[Agriculture (2024)]", Assert.Single(page.Clusters).Label);
    }

    [Fact]
    public void AListedPage_NamesItsKind_AndAFormsProblem_IsWordedWithItsValues()
    {
        var subCluster = new ListablePage("/frameworks/2024/agriculture/animal-systems", PageAddressKind.Pathway, "Animal Systems", "", Frameworks.Modern2024, "Agriculture");
        var job = new ListablePage("/occupations/actors", PageAddressKind.Occupation, "Actors", "");

        Assert.Equal("[[Sub-cluster] in Agriculture]", CounselorListPages.Listed(subCluster, Text).KindLabel);
        Assert.Equal("[Job]", CounselorListPages.Listed(job, Text).KindLabel);
        Assert.Equal("[Give the list a title.]", CounselorListPages.New(ListFormRules.CheckListText(" ", "").Problem, Text).Error);
        Assert.Equal("[The title can be at most 120 characters.]", CounselorListPages.New(ListFormRules.CheckListText(new string('t', 121), "").Problem, Text).Error);
    }

    [Fact]
    public void TheListEditor_SaysWhatTheLastChangeDid()
    {
        var list = new ListDetails("abc2345", "Animals", "", []);

        Assert.Equal("[Added \u201cActors\u201d.]", CounselorListPages.Edit(new ListEditor(list, "token", null, [], "Actors", EditorNotice.None, null), "https://site", Text).Notice);
        Assert.Equal("[Your changes are saved.]", CounselorListPages.Edit(new ListEditor(list, "token", null, [], null, EditorNotice.Saved, null), "https://site", Text).Notice);
        Assert.StartsWith("[This is your new edit link", CounselorListPages.Edit(new ListEditor(list, "token", null, [], null, EditorNotice.NewLink, null), "https://site", Text).Notice, StringComparison.Ordinal);
        Assert.Equal("[Edit: Animals]", CounselorListPages.Edit(new ListEditor(list, "token", null, [], null, EditorNotice.None, null), "https://site", Text).Meta.Title);
        Assert.Equal("[A list that nobody opens (students or you) for 18 months is removed.]", CounselorListPages.UnvisitedRule(TimeSpan.FromDays(548), Text));
        Assert.Equal("[A list that nobody opens (students or you) for 7 days is removed.]", CounselorListPages.UnvisitedRule(TimeSpan.FromDays(7), Text));
    }

    [Fact]
    public void AnErrorPage_TakesItsTitleFromTheCatalogue()
    {
        var page = ErrorPages.Error(new ErrorDetails(429, "/search", [], TooManySearches: true), Text);

        Assert.Equal("[Too many searches]", page.Meta.Title);
        Assert.True(page.TooManySearches);
        Assert.Equal("[This list was deleted]", ErrorPages.Error(new ErrorDetails(410, "/lists/abc2345", [], false), Text).Meta.Title);
        Assert.Equal("[Please try again in 42 seconds.]", ErrorPages.TryAgain(TimeSpan.FromSeconds(42), Text));
        Assert.Equal("[Please try again in about 15 minutes.]", ErrorPages.TryAgain(TimeSpan.FromSeconds(899), Text));
    }

    /// <summary>Returns each text in brackets: a phrase written without the catalogue has none.</summary>
    private sealed class MarkingText : IStringLocalizer<SiteText>
    {
        public LocalizedString this[string name] => new(name, $"[{name}]");

        public LocalizedString this[string name, params object[] arguments] => new(name, $"[{string.Format(CultureInfo.InvariantCulture, name, arguments)}]");

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}

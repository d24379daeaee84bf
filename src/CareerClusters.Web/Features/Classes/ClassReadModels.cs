using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Classes;

// What the class queries return: values from the user data and the content, no wording (ClassPages words the pages).
// None carries a board token but the board's own, which its holder already has.

/// <summary>A cluster of the 16 as a class board shows it; a cluster the content no longer has keeps its slug as title.</summary>
public sealed record ClassCluster(string Slug, string Title, ClusterLook Look, int Order)
{
    public string Path => SitePaths.Cluster(Data.Frameworks.Sixteen, Slug);
}

/// <summary>A result sent to a class: the name given (or none), its top clusters when it was sent, and its links.</summary>
public sealed record ClassEntryRow(int Id, int Number, string Name, string ResultCode, IReadOnlyList<ClassCluster> Top, DateTime SentUtc)
{
    public string ResultPath => SitePaths.SurveyResult(ResultCode, null);

    public string SheetPath => SitePaths.ConversationSheet(ResultCode);
}

/// <summary>One bar of the chart: how many students have this cluster among their top three.</summary>
public sealed record ChartBar(ClassCluster Cluster, int Students);

/// <summary>A class as its board shows it.</summary>
public sealed record ClassBoardDetails(string Code, string Title, DateTime CreatedUtc, DateTime ExpiresUtc, bool IsClosed,
    IReadOnlyList<ClassEntryRow> Entries, IReadOnlyList<ChartBar> Chart);

/// <summary>A survey result as a class would receive it: its code and its top clusters (at most three, best first).</summary>
public sealed record ResultToSend(string ResultCode, IReadOnlyList<ClassCluster> Top);

/// <summary>A class as its join page shows it to students: nothing but its code, title and whether it takes results.</summary>
public sealed record ClassToJoin(string Code, string Title, bool IsClosed, bool IsFull);

namespace CareerClusters.Web.Features.Classes;

/// <summary>Settings of the class boards (section <c>Classes</c>).</summary>
public sealed class ClassOptions
{
    public const string Section = "Classes";

    /// <summary>How long a class and its entries are kept after it is made: a school year and a little more.</summary>
    public int KeepMonths { get; set; } = 12;

    /// <summary>Classes made and changed per client address per minute.</summary>
    public int MaxChangesPerMinute { get; set; } = 60;

    /// <summary>Join pages opened, results sent and recoveries tried at once from one client address (a whole class behind one address).</summary>
    public int MaxJoinBurst { get; set; } = 120;

    /// <summary>Then this many more per minute: guessing a six-character code takes years.</summary>
    public int MaxJoinsPerMinute { get; set; } = 60;
}

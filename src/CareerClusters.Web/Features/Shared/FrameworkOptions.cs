using CareerClusters.Web.Data;

namespace CareerClusters.Web.Features.Shared;

/// <summary>
/// A district's choice of framework (<c>Frameworks:Default</c>, "16" or "2024"): the one the home page, the main
/// navigation and "Browse the clusters" show first. The other stays one click away; every address works in both.
/// </summary>
public sealed class FrameworkOptions
{
    public const string Section = "Frameworks";

    public string Default { get; set; } = Frameworks.Sixteen;

    /// <summary>The framework shown second.</summary>
    public string Other => Default == Frameworks.Sixteen ? Frameworks.Modern2024 : Frameworks.Sixteen;
}

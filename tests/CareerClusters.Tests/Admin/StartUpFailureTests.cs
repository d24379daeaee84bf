using CareerClusters.Tests.Support;

namespace CareerClusters.Tests.Admin;

/// <summary>Standard error is one for the whole process: tests that read it run alone.</summary>
[CollectionDefinition(nameof(ReadsStandardError), DisableParallelization = true)]
public sealed class ReadsStandardError;

[Collection(nameof(ReadsStandardError))]
public sealed class StartUpFailureTests : IDisposable
{
    private readonly ContentCopy _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void BrokenContentWithNoGoodDatabase_StopsTheSite_AndPrintsEveryProblemWithItsLine()
    {
        _content.Edit("clusters/health-science.md", "order: 1", "order: one");
        using var broken = new SiteFactory(_content.Path);
        var standardError = Console.Error;
        using var printed = new StringWriter();
        Console.SetError(printed);
        try
        {
            var failure = Assert.Throws<InvalidOperationException>(() => broken.CreatePlainClient());
            Assert.Contains("server has not been started", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            Console.SetError(standardError);
        }

        string output = printed.ToString();
        Assert.Contains("has problems and there is no earlier good content to serve; the site cannot start", output, StringComparison.Ordinal);
        Assert.Contains("clusters/health-science.md:3:", output, StringComparison.Ordinal);
    }
}

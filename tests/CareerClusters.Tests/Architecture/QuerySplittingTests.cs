using CareerClusters.Web.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerClusters.Tests.Architecture;

/// <summary>
/// A query that loads several collections (a cluster page) is one SQL statement by choice, not by EF Core's default:
/// without the choice EF Core warns at the first cluster page (QueryCountTests counts the statements).
/// </summary>
public sealed class QuerySplittingTests
{
    [Fact]
    public void ContentDatabases_AreRead_WithSingleQueries_ChosenExplicitly()
    {
        var options = new ContentDatabases(Path.GetTempPath(), NullLoggerFactory.Instance).ReadOnlyOptions(Path.Combine(Path.GetTempPath(), "unused.db"));

        var relational = options.Extensions.OfType<RelationalOptionsExtension>().Single();
        Assert.Equal(QuerySplittingBehavior.SingleQuery, relational.QuerySplittingBehavior);
    }
}

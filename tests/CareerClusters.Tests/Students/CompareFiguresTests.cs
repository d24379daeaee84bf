using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Compare;

namespace CareerClusters.Tests.Students;

/// <summary>The pay and outlook of a cluster or pathway in a comparison: worked out from its jobs' BLS figures only.</summary>
public class CompareFiguresTests
{
    private static OccupationOutlook Job(int? wage, double change = 3.0, int? atLeast = null, double allJobs = 3.1) => new()
    {
        SocCode = "00-0000",
        SocTitle = "Test jobs",
        FromYear = 2024,
        ToYear = 2034,
        WageYear = 2024,
        ChangePercent = change,
        AllJobsChangePercent = allJobs,
        MedianWage = wage,
        MedianWageAtLeast = atLeast,
        Education = "Bachelor's degree",
        WorkExperience = "None",
        OnTheJobTraining = "None",
    };

    [Fact]
    public void AnOddNumberOfJobs_HasItsMiddleJobsMedian_AndJobsWithoutAYearlyFigureAreLeftOut()
    {
        var pay = CompareFigures.PayOf([Job(50_000), null, Job(30_000), Job(null), Job(90_000)])!;

        Assert.Equal(3, pay.JobsWithPay);
        Assert.Equal(new Wage(30_000, false), pay.Lowest);
        Assert.Equal(new Wage(50_000, false), pay.Median);
        Assert.Equal(new Wage(90_000, false), pay.Highest);
        Assert.Equal(2024, pay.WageYear);
    }

    [Fact]
    public void AnEvenNumberOfJobs_HasTheMeanOfItsTwoMiddleMedians()
    {
        var pay = CompareFigures.PayOf([Job(40_000), Job(30_000), Job(61_010), Job(100_000)])!;

        Assert.Equal(new Wage(50_505, false), pay.Median);
    }

    [Fact]
    public void ABlsFloor_StaysAFloor_AtTheTopAndInTheMiddle()
    {
        // BLS gives only "at least $239,200" for the best-paid jobs.
        var top = CompareFigures.PayOf([Job(90_000), Job(null, atLeast: 239_200), Job(239_200)])!;
        var middle = CompareFigures.PayOf([Job(90_000), Job(null, atLeast: 239_200), Job(null, atLeast: 239_200), Job(60_000)])!;

        Assert.Equal(new Wage(239_200, true), top.Highest);
        Assert.Equal(new Wage(239_200, false), top.Median);
        Assert.Equal(new Wage(164_600, true), middle.Median);
    }

    [Fact]
    public void NoYearlyFigure_IsNoPay_AndNoFiguresIsNoOutlook()
    {
        Assert.Null(CompareFigures.PayOf([Job(null), null]));
        Assert.Null(CompareFigures.PayOf([]));
        Assert.Null(CompareFigures.OutlookOf([null, null]));
    }

    [Fact]
    public void JobsAreCountedInTheOutlookBandsOfTheirPages()
    {
        // All jobs +3.1%: much faster from +7.1, faster from +5.1, about as fast from +2.1, slower above +1, little or no change to -1.
        var outlook = CompareFigures.OutlookOf([Job(1, 7.5), Job(1, 9.0), Job(1, 5.5), Job(1, 5.0), Job(1, 2.5), Job(1, 1.5), Job(1, -0.1), Job(1, 1.0), Job(1, -1.5), null])!;

        Assert.Equal(9, outlook.JobsWithFigures);
        Assert.Equal((2, 1, 3), (outlook.MuchFaster, outlook.Faster, outlook.FasterThanAverage));
        Assert.Equal((2, 1, 2, 1), (outlook.AboutAverage, outlook.Slower, outlook.LittleOrNoChange, outlook.Declining));
        Assert.Equal(3.1, outlook.AllJobsChangePercent);
        Assert.Equal("2024–34", outlook.Years.Span);
    }
}

using NewsSearch.Bench;

namespace NewsSearch.Tests.Bench;

public sealed class TargetsTests
{
    private static readonly ScaleMeasure OneCopy = new(1,
        new IndexingMeasure("NewsSearch", 1, 1000, 0, 1_000_000, new PhaseCost(1, 1, 1 << 20, 1 << 19, 1 << 19, 0, new Dictionary<string, double>()), 0, 1),
        new SearchMeasure(10, 0, new LatencySummary(10, 1, 2, 3, 4, 1), 100, 150, [], [], []));

    [Fact]
    public void The_speed_target_takes_the_median_of_the_rounds_and_shows_their_range()
    {
        var speed = Targets.Check([Round(0.5), Round(0.9), Round(0.6)], [OneCopy])[0];

        Assert.Equal("0.60× (median of 3: 0.50–0.90×)", speed.Measured);
        Assert.False(speed.Met);
        Assert.Equal("40% slower", speed.Margin);
    }

    [Fact]
    public void Two_rounds_take_the_mean_of_the_two()
    {
        var speed = Targets.Check([Round(0.5), Round(0.9)], [OneCopy])[0];

        Assert.Equal("0.70× (median of 2: 0.50–0.90×)", speed.Measured);
    }

    [Fact]
    public void One_round_is_its_own_ratio()
    {
        var speed = Targets.Check([Round(1.1)], [OneCopy])[0];

        Assert.Equal("1.10×", speed.Measured);
        Assert.True(speed.Met);
    }

    private static SpeedRound Round(double ratio) => new(1000, 1000 * ratio);
}

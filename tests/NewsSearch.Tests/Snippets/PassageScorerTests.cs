using NewsSearch.Core.Snippets;

namespace NewsSearch.Tests.Snippets;

public sealed class PassageScorerTests
{
    private static Match At(int start, string key = "ويتكوف", float weight = 2f) => new(key, weight, [new Mark(start, 6)]);

    [Fact]
    public void More_occurrences_score_higher_but_saturate()
    {
        var one = PassageScorer.Score(0, 100, [At(0)]);
        var two = PassageScorer.Score(0, 100, [At(0), At(10)]);
        var three = PassageScorer.Score(0, 100, [At(0), At(10), At(20)]);

        Assert.True(two > one);
        Assert.True(three - two < two - one);
    }

    [Fact]
    public void Rarer_parts_score_higher()
    {
        Assert.True(PassageScorer.Score(0, 100, [At(0, weight: 5f)]) > PassageScorer.Score(0, 100, [At(0, weight: 1f)]));
    }

    [Fact]
    public void Two_different_parts_beat_one_part_twice()
    {
        Assert.True(PassageScorer.Score(0, 100, [At(0, "a"), At(10, "b")]) > PassageScorer.Score(0, 100, [At(0, "a"), At(10, "a")]));
    }

    [Fact]
    public void Shorter_and_earlier_passages_score_higher_for_the_same_matches()
    {
        Assert.True(PassageScorer.Score(0, 50, [At(0)]) > PassageScorer.Score(0, 300, [At(0)]));
        Assert.True(PassageScorer.Score(0, 100, [At(0)]) > PassageScorer.Score(5000, 100, [At(5000)]));
    }

    [Fact]
    public void Any_match_scores_above_zero()
    {
        Assert.True(PassageScorer.Score(100_000, 10_000, [At(100_000, weight: 0.01f)]) > 0);
    }
}

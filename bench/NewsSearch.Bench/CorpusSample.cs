using NewsSearch.Core.Articles;

namespace NewsSearch.Bench;

/// <summary>A uniform sample of a corpus's articles (reservoir sampling), the same for the same seed.</summary>
public static class CorpusSample
{
    public static List<Article> Draw(IEnumerable<ReadOutcome> input, int size, Random random)
    {
        var sample = new List<Article>();
        var seen = 0;
        foreach (var outcome in input)
        {
            if (outcome.Article is not { } article) continue;
            seen++;
            if (sample.Count < size) sample.Add(article);
            else if (random.Next(seen) is var slot && slot < size) sample[slot] = article;
        }
        return sample;
    }
}

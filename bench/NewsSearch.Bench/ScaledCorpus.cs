using System.Text;
using NewsSearch.Core.Articles;

namespace NewsSearch.Bench;

/// <summary>
/// The corpus files streamed <c>copies</c> times, never loaded whole; copy k (k ≥ 2) gets ids <c>id#k</c>
/// so every copy is a new article. Counts the articles and UTF-8 bytes of title + body it hands out.
/// </summary>
public sealed class ScaledCorpus(IReadOnlyList<string> paths, int copies)
{
    public int Copies { get; } = copies;
    public long Articles { get; private set; }
    public long TextBytes { get; private set; }
    public long Skipped { get; private set; }

    public IEnumerable<ReadOutcome> Read()
    {
        Articles = 0;
        TextBytes = 0;
        Skipped = 0;
        for (var copy = 1; copy <= Copies; copy++)
            foreach (var outcome in ArticleReader.Read(paths))
            {
                if (outcome.Article is not { } article)
                {
                    Skipped++;
                    yield return outcome;
                    continue;
                }
                Articles++;
                TextBytes += Encoding.UTF8.GetByteCount(article.Title) + Encoding.UTF8.GetByteCount(article.Body);
                yield return copy == 1 ? outcome : ReadOutcome.Of(article with { Id = $"{article.Id}#{copy}" });
            }
    }
}

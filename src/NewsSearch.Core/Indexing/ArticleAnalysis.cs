using NewsSearch.Core.Analysis;

namespace NewsSearch.Core.Indexing;

/// <summary>
/// The analysis state of one indexing thread: a <see cref="OnePassAnalysis"/> for the title and one for the body,
/// reused from article to article. An article's document must be written before the next one is built.
/// </summary>
internal sealed class ArticleAnalysis
{
    public OnePassAnalysis Title { get; } = new(SharedAnalyzers.Stemmed);
    public OnePassAnalysis Body { get; } = new(SharedAnalyzers.Stemmed);
}

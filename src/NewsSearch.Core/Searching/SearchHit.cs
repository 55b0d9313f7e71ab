using NewsSearch.Core.Articles;
using NewsSearch.Core.Snippets;

namespace NewsSearch.Core.Searching;

public sealed record SearchHit(int Rank, float Score, Article Article, IReadOnlyList<Snippet> Snippets);

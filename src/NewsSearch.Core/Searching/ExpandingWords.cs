using Lucene.Net.Search;

namespace NewsSearch.Core.Searching;

/// <summary>
/// Whether a parsed query has a word that stands for many words: a prefix (<c>ظر*</c>), a wildcard (<c>ظر?ف</c>) or a
/// fuzzy word (<c>ظريف~</c>). The literal ranking (<see cref="LiteralQueryBuilder"/>) reads such a word as its
/// letters (ظر), which no article holds, so every hit would score nothing; the query language scores its expansions
/// (<see cref="CappedExpansionRewrite"/>, <see cref="FuzzyWordQuery"/>) and ranks such a query itself.
/// </summary>
internal static class ExpandingWords
{
    public static bool In(Query query) => query switch
    {
        MultiTermQuery or FuzzyWordQuery => true,
        BooleanQuery boolean => boolean.Clauses.Any(c => In(c.Query)),
        _ => false,
    };
}

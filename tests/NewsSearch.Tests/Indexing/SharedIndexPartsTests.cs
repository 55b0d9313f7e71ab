using NewsSearch.Core.Analysis;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Searching;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Indexing;

/// <summary>What the readers of one open index share: one searcher, the user's spelling variants read once, one analyzer per role.</summary>
public sealed class SharedIndexPartsTests
{
    [Fact]
    public void Every_reader_of_an_index_shares_its_searcher_and_variants()
    {
        using var temp = TempIndex.Of(new Article("a", "ميامي", "محادثات في ميامي"));
        Assert.Same(temp.Index.Searcher, temp.Index.Searcher);
        Assert.Same(temp.Index.SpellingVariants, temp.Index.SpellingVariants);
    }

    [Fact]
    public void The_users_variants_are_read_from_the_index_folder_once()
    {
        using var temp = TempIndex.Of(new Article("a", "ميامي", "محادثات في ميامي"));
        var file = Path.Combine(temp.Index.Path, SpellingVariants.UserFileName);
        File.WriteAllText(file, "ميامي ميامى ميامّي\n");
        var variants = temp.Index.SpellingVariants;
        File.Delete(file);
        Assert.Same(variants, temp.Index.SpellingVariants);
        Assert.NotSame(SpellingVariants.Shipped, variants);
    }

    [Fact]
    public void The_schema_maps_fields_to_the_one_analyzer_of_each_role()
    {
        Assert.Same(IndexSchema.Analyzer, IndexSchema.Analyzer);
        Assert.Equal(Analysis.Tokens.Of(SharedAnalyzers.Exact, "وويتكوف"), Tokens(IndexSchema.BodyExact, "وويتكوف"));
        Assert.Equal(Analysis.Tokens.Of(SharedAnalyzers.Stemmed, "وويتكوف"), Tokens(IndexSchema.Body, "وويتكوف"));
    }

    private static List<string> Tokens(string field, string text) => AnalysedTerms.Of(IndexSchema.Analyzer, field, text);
}

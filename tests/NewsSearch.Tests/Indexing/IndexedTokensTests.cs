using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Indexing;

/// <summary>
/// The index keeps positions without offsets; marks take their offsets from <see cref="IndexedTokens"/>, which
/// must find exactly the terms at exactly the positions the index holds, or a mark would land on another word.
/// </summary>
public sealed class IndexedTokensTests
{
    private static readonly string[] TextFields =
        [IndexSchema.Title, IndexSchema.Body, IndexSchema.TitleExact, IndexSchema.BodyExact];

    private static IEnumerable<ReadOutcome> Articles() =>
        ArticleReader.Read([Path.Combine(AppContext.BaseDirectory, "Fixtures", "saudinewsnet-sample.jsonl")])
            .Concat(ArticleReader.ReadSeeds())
            .Append(ReadOutcome.Of(new Article("hazards",
                "من في الـ 5 «مـــوسكو»",
                "في عن من وزير الخارجية ويت\u200cكوف، ﺑﻮﺗﻴﻦ والرئيس؟ لـ«الرياض» 2.5 كـ ممثلَين")));

    [Fact]
    public void Re_analysis_finds_every_term_of_every_article_at_the_index_positions()
    {
        using var temp = new TempIndex(Articles());
        using var reader = temp.Index.OpenReader();
        foreach (var leaf in reader.Leaves)
            foreach (var field in TextFields)
            {
                var indexed = Postings(leaf.AtomicReader, field);
                for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
                {
                    var (stemmed, exact) = IndexSchema.AnalysedTogether(field)!.Value;
                    var stored = leaf.AtomicReader.Document(doc).Get(stemmed) ?? "";
                    var onePass = IndexedTokens.OfText(stored);
                    foreach (var tokens in new[] { new IndexedTokens(field, stored), field == stemmed ? onePass.Stemmed : onePass.Exact })
                    {
                        var reanalysed = tokens.Terms.SelectMany(t => tokens.Offsets(t).Keys.Select(p => (t, p))).Order().ToList();
                        Assert.Equal(indexed.GetValueOrDefault(doc, []).Order().ToList(), reanalysed);
                        Assert.All(reanalysed, tp => Assert.Equal(tokens.Offsets(tp.t)[tp.p], tokens.At(tp.p)));
                    }
                }
            }
    }

    [Fact]
    public void The_text_fields_keep_positions_but_no_offsets()
    {
        using var temp = new TempIndex(Articles());
        using var reader = temp.Index.OpenReader();
        var infos = MultiFields.GetMergedFieldInfos(reader);
        foreach (var field in TextFields)
            Assert.Equal(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, infos.FieldInfo(field).IndexOptions);
    }

    /// <summary>Every (term, position) of each document in one field, read from the postings.</summary>
    private static Dictionary<int, List<(string, int)>> Postings(AtomicReader reader, string field)
    {
        var byDoc = new Dictionary<int, List<(string, int)>>();
        var terms = reader.GetTerms(field)?.GetEnumerator();
        while (terms is not null && terms.MoveNext())
        {
            var text = terms.Term.Utf8ToString();
            var postings = terms.DocsAndPositions(null, null);
            while (postings.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                if (!byDoc.TryGetValue(postings.DocID, out var list)) byDoc[postings.DocID] = list = [];
                for (var i = 0; i < postings.Freq; i++) list.Add((text, postings.NextPosition()));
            }
        }
        return byDoc;
    }
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Indexing;

/// <summary>
/// The index keeps positions without offsets; marks take the offsets of the word at a token's position
/// (<see cref="WordOffsets"/>), which must be where the index's own analysis read that token, or a mark would land
/// on another word.
/// </summary>
public sealed class WordOffsetsTests
{
    private static readonly (string Field, string Stored)[] TextFields =
    [
        (IndexSchema.Title, IndexSchema.Title), (IndexSchema.Body, IndexSchema.Body),
        (IndexSchema.TitleExact, IndexSchema.Title), (IndexSchema.BodyExact, IndexSchema.Body),
    ];

    private static IEnumerable<ReadOutcome> Articles() =>
        ArticleReader.Read([Path.Combine(AppContext.BaseDirectory, "Fixtures", "saudinewsnet-sample.jsonl")])
            .Concat(ArticleReader.ReadSeeds())
            .Append(ReadOutcome.Of(new Article("hazards",
                "من في الـ 5 «مـــوسكو»",
                "في عن من وزير الخارجية ويت\u200cكوف، ﺑﻮﺗﻴﻦ والرئيس؟ لـ«الرياض» 2.5 كـ ممثلَين " + new string('ب', 300) +
                " بعد الكلمة الطويلة")));

    [Fact]
    public void Every_token_of_every_text_field_is_at_its_word_in_the_stored_text()
    {
        using var temp = new TempIndex(Articles());
        using var reader = temp.Index.OpenReader();
        foreach (var leaf in reader.Leaves)
            foreach (var (field, stored) in TextFields)
            {
                var indexed = Postings(leaf.AtomicReader, field);
                for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
                {
                    var text = leaf.AtomicReader.Document(doc).Get(stored) ?? "";
                    var analysed = AnalysedTerms.Tokens(IndexSchema.Analyzer, field, text);
                    Assert.Equal(indexed.GetValueOrDefault(doc, []).Order(), analysed.Select(t => (t.Term, t.Position)).Order());
                    var words = WordOffsets.Of(text);
                    Assert.All(analysed, t => Assert.Equal((t.Start, t.End), words.At(t.Position)));
                }
            }
    }

    [Fact]
    public void Reading_up_to_a_position_finds_the_same_words_up_to_it_and_no_further()
    {
        const string text = "في عن من وزير الخارجية ويت\u200cكوف، ﺑﻮﺗﻴﻦ والرئيس";
        var all = WordOffsets.Of(text);
        var first = WordOffsets.Of(text, 4);

        Assert.All(Enumerable.Range(0, 5), p => Assert.Equal(all.At(p), first.At(p)));
        Assert.Throws<ArgumentOutOfRangeException>(() => first.At(5));
    }

    [Fact]
    public void The_text_fields_keep_positions_but_no_offsets()
    {
        using var temp = new TempIndex(Articles());
        using var reader = temp.Index.OpenReader();
        var infos = MultiFields.GetMergedFieldInfos(reader);
        foreach (var (field, _) in TextFields)
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

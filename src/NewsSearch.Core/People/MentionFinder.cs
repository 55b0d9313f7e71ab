using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Snippets;

namespace NewsSearch.Core.People;

/// <summary>
/// Finds every mention of a person with the spans of <see cref="PersonQuery.Spans"/> on the exact fields.
/// Overlapping spans are one mention, so <c>ستيف ويتكوف</c> counts once although both the full name and
/// the surname match; offsets come from the postings, so the surface form is exactly what was written.
/// </summary>
public static class MentionFinder
{
    private static readonly SnippetOptions SentenceOptions = new() { MaxPassages = 1, MaxChars = 240 };

    /// <summary>Each exact field and the stored field its offsets point into.</summary>
    private static readonly (string Exact, string Stored)[] Fields =
        [(IndexSchema.TitleExact, IndexSchema.Title), (IndexSchema.BodyExact, IndexSchema.Body)];

    /// <param name="budget">What the search may cost (default <see cref="MentionBudget.Unlimited"/>): the mentions are counted and the clock read while they are gathered.</param>
    public static MentionReport Find(IndexSearcher searcher, PersonForms person, MentionBudget? budget = null)
    {
        var spending = (budget ?? MentionBudget.Unlimited).Start(person);
        var found = new SortedDictionary<int, List<(string Field, int Start, int End)>>();
        foreach (var (exact, stored) in Fields)
            foreach (var (doc, start, end) in Locate(searcher, PersonQuery.Spans(person, exact), spending))
            {
                if (!found.TryGetValue(doc, out var list)) found[doc] = list = [];
                list.Add((stored, start, end));
            }
        var articles = found.Select(d =>
            {
                spending.CheckTime();
                return ToArticle(person, searcher.Doc(d.Key), d.Value);
            })
            .OrderBy(a => a.Published ?? DateTimeOffset.MaxValue).ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        return new MentionReport(person, articles);
    }

    /// <summary>Each mention as (document, start offset, end offset) in the stored text of the query's field.</summary>
    private static IEnumerable<(int Doc, int Start, int End)> Locate(IndexSearcher searcher, SpanQuery query, MentionBudget.Spending spending)
    {
        var terms = new HashSet<Term>();
        query.ExtractTerms(terms);
        var contexts = terms.ToDictionary(t => t, t => TermContext.Build(searcher.TopReaderContext, t));
        foreach (var leaf in searcher.IndexReader.Leaves)
            foreach (var (doc, ranges) in SpansByDoc(query, leaf, contexts, spending))
            {
                var offsets = TokenOffsets(leaf.AtomicReader, terms, doc);
                foreach (var (start, end) in Merge(ranges))
                    yield return (leaf.DocBase + doc, offsets[start].Start, offsets[end - 1].End);
            }
    }

    private static Dictionary<int, List<(int Start, int End)>> SpansByDoc(
        SpanQuery query, AtomicReaderContext leaf, IDictionary<Term, TermContext> contexts, MentionBudget.Spending spending)
    {
        var found = new Dictionary<int, List<(int, int)>>();
        var spans = query.GetSpans(leaf, leaf.AtomicReader.LiveDocs, contexts);
        while (spans.MoveNext())
        {
            spending.Mention();
            if (!found.TryGetValue(spans.Doc, out var list)) found[spans.Doc] = list = [];
            list.Add((spans.Start, spans.End));
        }
        return found;
    }

    /// <summary>Position ranges joined where they overlap: a full name and its surname are one mention.</summary>
    private static List<(int Start, int End)> Merge(List<(int Start, int End)> ranges)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var r in ranges.OrderBy(r => r.Start).ThenByDescending(r => r.End))
        {
            if (merged.Count > 0 && r.Start < merged[^1].End) merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, r.End));
            else merged.Add(r);
        }
        return merged;
    }

    private static Dictionary<int, (int Start, int End)> TokenOffsets(AtomicReader reader, IEnumerable<Term> terms, int doc)
    {
        var offsets = new Dictionary<int, (int, int)>();
        foreach (var term in terms)
        {
            var postings = reader.GetTermPositionsEnum(term);
            if (postings is null || postings.Advance(doc) != doc) continue;
            for (var i = 0; i < postings.Freq; i++)
            {
                var position = postings.NextPosition();
                offsets[position] = (postings.StartOffset, postings.EndOffset);
            }
        }
        return offsets;
    }

    private static ArticleMentions ToArticle(PersonForms person, Document doc, List<(string Field, int Start, int End)> found)
    {
        var article = IndexSchema.ToArticle(doc);
        var mentions = found.Select(f => ToMention(f.Field, doc.Get(f.Field) ?? "", f.Start, f.End)).ToList();
        mentions = [.. MentionResolver.Resolve(person, mentions, field => doc.Get(field) ?? "")];
        return new ArticleMentions(article.Id, article.Title, article.Published, article.PublishedText, mentions) { Source = article.Source };
    }

    private static Mention ToMention(string field, string text, int start, int end)
    {
        var sentence = SnippetBuilder.Build(text, [new Match("mention", 1f, [new Mark(start, end - start)])], SentenceOptions)[0];
        return new Mention(field, start, end, text[start..end], sentence);
    }
}

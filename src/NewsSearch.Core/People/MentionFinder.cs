using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Snippets;

namespace NewsSearch.Core.People;

/// <summary>
/// Finds every mention of a person with the spans of <see cref="PersonQuery.Spans"/> on the exact fields.
/// Overlapping spans are one mention, so <c>ستيف ويتكوف</c> counts once although both the full name and
/// the surname match; the spans' positions are the index's, their offsets those of the words at those positions in the
/// stored text (<see cref="WordOffsets"/>), so the surface form is exactly what was written.
/// </summary>
internal static class MentionFinder
{
    private static readonly SnippetOptions SentenceOptions = new() { MaxPassages = 1, MaxChars = 240 };

    /// <summary>Each exact field and the stored field it was analysed from.</summary>
    private static readonly (string Exact, string Stored)[] Fields =
        [(IndexSchema.TitleExact, IndexSchema.Title), (IndexSchema.BodyExact, IndexSchema.Body)];

    /// <summary>
    /// Every mention of the person, resolved; for a listed person also the spellings of the surname the index holds
    /// and the list lacks (<see cref="NameVariantFinder"/>), resolved by the same rules, except that a bare other spelling
    /// is only likely where the article confirms that spelling itself (a near spelling may be an ordinary word: فكري
    /// is close to كيري). Those that name the person (counted at least once) are <see cref="MentionReport.AlsoWritten"/>;
    /// their counted mentions stay in the report only <paramref name="withVariants"/>; the rest never (a near spelling
    /// left uncounted is, more often than not, another word: ترام الكورنيش).
    /// </summary>
    /// <param name="budget">What the search may cost (default <see cref="MentionBudget.Unlimited"/>): the mentions are counted and the
    /// clock read while they are gathered.</param>
    public static MentionReport Find(IndexSearcher searcher, PersonForms person, MentionBudget? budget = null, bool withVariants = false)
    {
        var spellings = OtherSpellings(person, SpellingCandidates(searcher, person));
        return Report(person, Candidates(searcher, person, spellings, budget, out _), spellings, withVariants);
    }

    private const int MaxOtherSpellings = 30;

    /// <summary>
    /// The index terms near a listed person's surname (none for a name not on the list), to be summed over a
    /// cluster's shards before <see cref="OtherSpellings"/> picks from them.
    /// </summary>
    internal static List<SpellingCandidate> SpellingCandidates(IndexSearcher searcher, PersonForms person)
    {
        if (!person.InPeopleList) return [];
        try { return NameVariantFinder.Candidates(searcher.IndexReader, person, nearOnly: true); }
        catch (PeopleException) { return []; }
    }

    /// <summary>The spellings of the surname the list lacks among the closest candidates, with their stems.</summary>
    internal static List<(string Term, string Stem)> OtherSpellings(PersonForms person, IEnumerable<SpellingCandidate> candidates)
    {
        var known = NameVariantFinder.Known(person);
        return NameVariantFinder.Closest(candidates, MaxOtherSpellings).Where(c => !known.Contains(c.Term))
            .Select(c => (c.Term, c.Term[c.Prefix.Length..])).ToList();
    }

    /// <summary>
    /// Every article naming the person in a listed form, or in one of <paramref name="spellings"/> where the article
    /// can confirm it, with each mention resolved (a bare other spelling the article does not confirm is doubtful).
    /// </summary>
    /// <param name="gathered">The mentions the budget counted (a cluster adds up its shards' against the same budget).</param>
    internal static List<ArticleMentions> Candidates(IndexSearcher searcher, PersonForms person,
        IReadOnlyCollection<(string Term, string Stem)> spellings, MentionBudget? budget, out int gathered)
    {
        if (spellings.Count == 0) return FindForms(searcher, person, budget, out gathered);
        var terms = spellings.ToDictionary(s => s.Term, s => s.Stem, StringComparer.Ordinal);
        return FindForms(searcher, person.WithSpellings(spellings), budget, out gathered, ArticlesThatCanConfirm(searcher, person))
            .Select(a => CheckSpellings(a, terms)).ToList();
    }

    /// <summary>
    /// The report of <see cref="Candidates"/> (of one index, or of every shard of a cluster together): articles
    /// oldest first (undated last, then by id), the other spellings that name the person, and their mentions only
    /// <paramref name="withVariants"/>.
    /// </summary>
    internal static MentionReport Report(PersonForms person, IEnumerable<ArticleMentions> found,
        IReadOnlyCollection<(string Term, string Stem)> spellings, bool withVariants)
    {
        var articles = found.OrderBy(a => a.Published ?? DateTimeOffset.MaxValue).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
        if (spellings.Count == 0) return new MentionReport(person, articles);
        var terms = spellings.ToDictionary(s => s.Term, s => s.Stem, StringComparer.Ordinal);
        var alsoWritten = articles
            .SelectMany(a => a.Mentions.Where(m => m.Counted).Select(m => (Spelling: SpellingOf(m, terms), a.Id)))
            .Where(x => x.Spelling is not null)
            .Distinct().GroupBy(x => x.Spelling!).Select(g => new OtherSpelling(g.Key, g.Count()))
            .OrderByDescending(s => s.Articles).ThenBy(s => s.Spelling, StringComparer.Ordinal).ToList();
        var kept = withVariants ? alsoWritten.Select(s => s.Spelling).ToHashSet(StringComparer.Ordinal) : [];
        articles = articles.Select(a => a with { Mentions = a.Mentions.Where(m => SpellingOf(m, terms) is not { } stem
            || (kept.Contains(stem) && m.Counted)).ToList() })
            .Where(a => a.Count > 0).ToList();
        return new MentionReport(person, articles) { AlsoWritten = alsoWritten, WithVariants = withVariants };
    }

    /// <summary>The other spelling the mention was found under, or null for a listed form (its key analysed once).</summary>
    private static string? SpellingOf(Mention mention, IReadOnlyDictionary<string, string> terms) =>
        terms.GetValueOrDefault(Key(mention));

    /// <summary>A bare other spelling is likely only where the article confirms that spelling too.</summary>
    private static ArticleMentions CheckSpellings(ArticleMentions article, IReadOnlyDictionary<string, string> terms)
    {
        var confirmed = article.Mentions.Where(m => m.Resolution == Resolution.Confirmed)
            .Select(m => SpellingOf(m, terms)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return article with
        {
            Mentions = article.Mentions.Select(m =>
                m.Resolution == Resolution.Likely && SpellingOf(m, terms) is { } stem && !confirmed.Contains(stem)
                    ? m with { Resolution = Resolution.Doubtful,
                            Reason = $"\"{stem}\" is another spelling, and nothing next to it or in the article confirms it names him" }
                    : m).ToList(),
        };
    }

    /// <summary>The mention's last word as the index holds it: the spelling it was found under.</summary>
    private static string Key(Mention mention) => NameForms.Tokens(mention.Surface) is [.., var last] ? last : "";

    /// <summary>
    /// The articles where another spelling can be confirmed, and so counted: those naming the person in a listed spelling,
    /// or holding one of his first names. Elsewhere a near spelling is left unread: it is mostly an ordinary word or
    /// another name (كوريا, قري, فكري near كيري), and reading every article that has it cost seconds.
    /// </summary>
    private static HashSet<int> ArticlesThatCanConfirm(IndexSearcher searcher, PersonForms person)
    {
        var docs = new HashSet<int>();
        var firstNames = (person.Person?.FirstNames ?? []).SelectMany(NameForms.Tokens).Distinct(StringComparer.Ordinal).ToList();
        foreach (var (exact, _) in Fields)
        {
            var listed = PersonQuery.Spans(person, exact);
            var terms = new HashSet<Term>();
            listed.ExtractTerms(terms);
            var contexts = terms.ToDictionary(t => t, t => TermContext.Build(searcher.TopReaderContext, t));
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var spans = listed.GetSpans(leaf, leaf.AtomicReader.LiveDocs, contexts);
                while (spans.MoveNext()) docs.Add(leaf.DocBase + spans.Doc);
                foreach (var name in firstNames)
                {
                    var postings = leaf.AtomicReader.GetTermDocsEnum(new Term(exact, name));
                    if (postings is null) continue;
                    while (postings.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) docs.Add(leaf.DocBase + postings.DocID);
                }
            }
        }
        return docs;
    }

    /// <param name="onlyIn">When given, the articles outside it are left out unread.</param>
    private static List<ArticleMentions> FindForms(IndexSearcher searcher, PersonForms person,
        MentionBudget? budget, out int gathered, IReadOnlySet<int>? onlyIn = null)
    {
        var spending = (budget ?? MentionBudget.Unlimited).Start(person);
        var found = new SortedDictionary<int, List<(int Field, int Start, int End)>>();
        for (var field = 0; field < Fields.Length; field++)
            foreach (var (doc, start, end) in Locate(searcher, PersonQuery.Spans(person, Fields[field].Exact), spending, onlyIn))
            {
                if (!found.TryGetValue(doc, out var list)) found[doc] = list = [];
                list.Add((field, start, end));
            }
        gathered = spending.Mentions;
        return found.Select(d =>
            {
                spending.CheckTime();
                var doc = searcher.Doc(d.Key);
                return ToArticle(person, doc, Offsets(doc, d.Value));
            })
            .ToList();
    }

    /// <summary>Each mention as (document, first position, position after the last) in the query's field.</summary>
    private static IEnumerable<(int Doc, int Start, int End)> Locate(
        IndexSearcher searcher, SpanQuery query, MentionBudget.Spending spending, IReadOnlySet<int>? onlyIn)
    {
        var terms = new HashSet<Term>();
        query.ExtractTerms(terms);
        var contexts = terms.ToDictionary(t => t, t => TermContext.Build(searcher.TopReaderContext, t));
        foreach (var leaf in searcher.IndexReader.Leaves)
            foreach (var (doc, ranges) in SpansByDoc(query, leaf, contexts, spending))
            {
                if (onlyIn is not null && !onlyIn.Contains(leaf.DocBase + doc)) continue;
                foreach (var (start, end) in Merge(ranges)) yield return (leaf.DocBase + doc, start, end);
            }
    }

    /// <summary>
    /// Each mention's position range as (stored field, start offset, end offset) of its words in the stored text,
    /// each text tokenised once (<see cref="WordOffsets"/>).
    /// </summary>
    private static List<(string Field, int Start, int End)> Offsets(Document doc, List<(int Field, int Start, int End)> found)
    {
        var texts = new WordOffsets?[Fields.Length];
        return found.Select(f =>
        {
            var stored = Fields[f.Field].Stored;
            var words = texts[f.Field] ??= WordOffsets.Of(doc.Get(stored) ?? "");
            return (stored, words.At(f.Start).Start, words.At(f.End - 1).End);
        }).ToList();
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

    private static ArticleMentions ToArticle(PersonForms person, Document doc, List<(string Field, int Start, int End)> found)
    {
        var article = IndexSchema.ToArticle(doc);
        var mentions = found.Select(f => ToMention(f.Field, doc.Get(f.Field) ?? "", f.Start, f.End)).ToList();
        mentions = [.. MentionResolver.Resolve(person, mentions, field => doc.Get(field) ?? "")];
        return new ArticleMentions(article.Id, article.Title, article.Published, article.PublishedText, mentions)
            { Source = article.Source, Headline = Headline.Of(article) };
    }

    private static Mention ToMention(string field, string text, int start, int end)
    {
        var sentence = SnippetBuilder.Build(text, [new Match("mention", 1f, [new Mark(start, end - start)])], SentenceOptions)[0];
        return new Mention(field, start, end, text[start..end], sentence);
    }
}

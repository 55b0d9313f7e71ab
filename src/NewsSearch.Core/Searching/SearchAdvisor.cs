using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.People;

namespace NewsSearch.Core.Searching;

/// <summary>
/// Turns a search that finds nothing, or fewer than <see cref="FewHits"/>, into a conversation
/// (<see cref="SearchHelp"/>): a word that names someone on the people list, close spellings the index holds more
/// often, outlets it does not hold, a query of stop words only, a page past the end.
/// </summary>
internal sealed class SearchAdvisor(Analyzer analyzer, PeopleList people)
{
    /// <summary>Fewer articles with all the words than this and the answer suggests what else to try.</summary>
    public const int FewHits = 5;
    private const int MaxSpellings = 3;
    private const int MinSpellingLength = 3;
    private const int MaxEdits = 2;

    public SearchHelp Advise(IndexSearcher searcher, SearchRequest request, SearchFilter filter, SearchResults results)
    {
        var reader = searcher.IndexReader;
        var help = SearchHelp.None with
        {
            UnknownSources = UnknownSources(reader, filter),
            LastPage = results.Hits.Count == 0 && Shown(results) > 0 ? (Shown(results) + request.PageSize - 1) / request.PageSize : null,
        };
        if (results.TotalHits >= FewHits) return help;
        var (words, _) = FilterSyntax.Extract(request.Query);
        var plain = PlainWords(words);
        if (plain.Count == 0) return help;
        var named = PeopleNamed(searcher, words, plain, filter);
        return help with
        {
            People = named,
            Spellings = Spellings(searcher, words, [.. plain.Where(w => named.All(p => !p.Word.Split(' ').Contains(w)))]),
            StopWords = results.TotalHits == 0 && plain.All(IsStopWord) ? plain : [],
        };
    }

    /// <summary>Every hit a page may show: those with all the words, then those with some.</summary>
    private static int Shown(SearchResults results) => results.TotalHits + results.PartialTotal;

    /// <summary>The query's words that are only letters (no quotes, operators or field names), in order.</summary>
    private static List<string> PlainWords(string words) =>
        [.. words.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("AND" or "OR" or "NOT")
                        && w.All(c => char.IsLetter(c)
                                      || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark))
            .Distinct()];

    private static string Replace(string words, string word, string replacement) =>
        string.Join(' ', words.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w == word ? replacement : w));

    /// <summary>The whole query, or one word of it, that names someone on the people list, with the person query's count.</summary>
    private List<PersonSuggestion> PeopleNamed(IndexSearcher searcher, string words, List<string> plain, SearchFilter filter)
    {
        var whole = plain.Count > 1 && string.Join(' ', plain) == words.Trim() ? [words.Trim()] : Array.Empty<string>();
        var found = new List<PersonSuggestion>();
        foreach (var name in whole.Concat(plain))
        {
            if (Find(name) is not { } person || found.Any(p => p.PersonId == person.Id)) continue;
            var query = name == words.Trim() ? $"person:{person.Id}" : Replace(words, name, $"person:{person.Id}");
            var articles = Count(searcher, PersonQuery.For(PersonForms.Resolve(people, person.Id)), filter);
            if (articles > 0) found.Add(new PersonSuggestion(name, person.Id, person.NameEn, query, articles));
            if (name == words.Trim()) break;
        }
        return found;
    }

    private Person? Find(string name)
    {
        try { return people.Find(name); }
        catch (PeopleException) { return null; } // a name several people share suggests nobody
    }

    /// <summary>
    /// For each word the index holds in fewer than <see cref="FewHits"/> articles: the exact forms of the index's own
    /// vocabulary within the variant finder's <see cref="SpellingDistance"/> tolerance that more articles hold,
    /// nearest first, then the most common.
    /// </summary>
    private List<SpellingSuggestion> Spellings(IndexSearcher searcher, string words, List<string> plain)
    {
        var reader = searcher.IndexReader;
        var found = new List<SpellingSuggestion>();
        foreach (var word in plain)
        {
            if (ExactForm(word) is not { Length: >= MinSpellingLength } form) continue;
            var typed = ArticlesWith(searcher, form);
            if (typed >= FewHits) continue;
            var tolerance = SpellingDistance.Tolerance(form.Length);
            var close = new Dictionary<string, (double Distance, int DocFreq)>(StringComparer.Ordinal);
            foreach (var field in ExactFields)
            {
                if (MultiFields.GetTerms(reader, field) is not { } vocabulary) continue;
                // Lucene's Levenshtein automaton finds the forms within two edits without reading the whole vocabulary.
                var near = new FuzzyTermsEnum(vocabulary, new Lucene.Net.Util.AttributeSource(), new Term(field, form), MaxEdits, 0, true);
                while (near.MoveNext())
                {
                    if (near.DocFreq <= typed) continue;
                    var term = near.Term.Utf8ToString();
                    if (term == form) continue;
                    var distance = SpellingDistance.Between(form, term);
                    if (distance <= tolerance)
                        close[term] = (distance, Math.Max(near.DocFreq, close.GetValueOrDefault(term).DocFreq));
                }
            }
            found.AddRange(close
                .OrderBy(c => c.Value.Distance).ThenByDescending(c => c.Value.DocFreq).ThenBy(c => c.Key, StringComparer.Ordinal)
                .Take(MaxSpellings)
                .Select(c => new SpellingSuggestion(word, c.Key, ArticlesWith(searcher, c.Key), Replace(words, word, c.Key))));
        }
        return found;
    }

    private static readonly string[] ExactFields = [IndexSchema.BodyExact, IndexSchema.TitleExact];

    /// <summary>Articles whose title or body holds the exact form.</summary>
    private static int ArticlesWith(IndexSearcher searcher, string form)
    {
        var query = new BooleanQuery();
        foreach (var field in ExactFields) query.Add(new TermQuery(new Term(field, form)), Occur.SHOULD);
        var count = new TotalHitCountCollector();
        searcher.Search(query, count);
        return count.TotalHits;
    }

    private static int Count(IndexSearcher searcher, Query query, SearchFilter filter) =>
        NewsSearcher.CountHits(searcher, query, LuceneFilters.For(filter, searcher.IndexReader));

    /// <summary>The word's one exact-form token, or null when it analyses to none or several.</summary>
    private static string? ExactForm(string word) => NameForms.Tokens(word) is [var form] ? form : null;

    /// <summary>A word the search analysis drops: a stop word, too common to search on its own.</summary>
    private bool IsStopWord(string word) => AnalysedTerms.Of(analyzer, IndexSchema.Body, word).Count == 0;

    /// <summary>Outlets the filter names that the index does not hold, each with the closest ones it does.</summary>
    private static List<UnknownSource> UnknownSources(IndexReader reader, SearchFilter filter)
    {
        if (filter.Sources.Count == 0) return [];
        var held = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var terms = MultiFields.GetTerms(reader, IndexSchema.Source)?.GetEnumerator();
        while (terms is not null && terms.MoveNext()) held.Add(terms.Term.Utf8ToString());
        var unknown = filter.Sources.Where(s => !held.Contains(s.Trim())).ToList();
        if (unknown.Count == 0) return [];
        var sources = SourceList.Read(reader);
        return [.. unknown.Select(name => new UnknownSource(name, SourceList.Closest(sources, name)))];
    }
}

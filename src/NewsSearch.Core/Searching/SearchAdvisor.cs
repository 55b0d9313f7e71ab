using Lucene.Net.Analysis;
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

    /// <summary>The help for one index's search: its facts are read at once, so this never waits.</summary>
    public SearchHelp Advise(IndexSearcher searcher, SearchRequest request, SearchFilter filter, SearchResults results) =>
        AdviseAsync(new IndexArticles(searcher), request, filter, results).GetAwaiter().GetResult();

    /// <summary>The help for a search over <paramref name="articles"/> (one index, or a cluster's shards added up).</summary>
    public async Task<SearchHelp> AdviseAsync(ISearchedArticles articles, SearchRequest request, SearchFilter filter, SearchResults results)
    {
        var help = SearchHelp.None with
        {
            UnknownSources = await UnknownSourcesAsync(articles, filter),
            LastPage = results.Hits.Count == 0 && Shown(results) > 0 ? (Shown(results) + request.PageSize - 1) / request.PageSize : null,
        };
        if (results.TotalHits >= FewHits) return help;
        var (words, _) = FilterSyntax.Extract(request.Query);
        var plain = PlainWords(words);
        if (plain.Count == 0) return help;
        var named = await PeopleNamedAsync(articles, words, plain, filter);
        return help with
        {
            People = named,
            Spellings = await SpellingsAsync(articles, words, [.. plain.Where(w => named.All(p => !p.Word.Split(' ').Contains(w)))]),
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
    private async Task<List<PersonSuggestion>> PeopleNamedAsync(ISearchedArticles articles, string words, List<string> plain,
        SearchFilter filter)
    {
        var whole = plain.Count > 1 && string.Join(' ', plain) == words.Trim() ? [words.Trim()] : Array.Empty<string>();
        var found = new List<PersonSuggestion>();
        foreach (var name in whole.Concat(plain))
        {
            if (Find(name) is not { } person || found.Any(p => p.PersonId == person.Id)) continue;
            var query = name == words.Trim() ? $"person:{person.Id}" : Replace(words, name, $"person:{person.Id}");
            var count = await articles.ArticlesNamingAsync(PersonForms.Resolve(people, person.Id), filter);
            if (count > 0) found.Add(new PersonSuggestion(name, person.Id, person.NameEn, query, count));
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
    /// vocabulary within the variant finder's <see cref="SpellingDistance"/> tolerance that more articles hold (in the
    /// title or body field that holds them most), nearest first, then the most common; each shown as outlets write it
    /// (<see cref="WrittenForms"/>), not as the index keeps it.
    /// </summary>
    private static async Task<List<SpellingSuggestion>> SpellingsAsync(ISearchedArticles articles, string words, List<string> plain)
    {
        var found = new List<SpellingSuggestion>();
        foreach (var word in plain)
        {
            if (ExactForm(word) is not { Length: >= MinSpellingLength } form) continue;
            var typed = (await articles.ArticlesWithAsync([form]))[0];
            if (typed >= FewHits) continue;
            var near = await articles.NearFormsAsync(form, SpellingDistance.Tolerance(form.Length));
            var close = near
                .GroupBy(n => (n.Field, n.Term)).Select(g => (g.Key.Term, DocFreq: g.Sum(n => n.DocFreq)))
                .GroupBy(n => n.Term, StringComparer.Ordinal).Select(g => (Term: g.Key, DocFreq: g.Max(n => n.DocFreq)))
                .Where(n => n.DocFreq > typed)
                .OrderBy(n => SpellingDistance.Between(form, n.Term)).ThenByDescending(n => n.DocFreq)
                .ThenBy(n => n.Term, StringComparer.Ordinal)
                .Take(MaxSpellings).Select(n => n.Term).ToList();
            var written = await articles.WrittenFormsAsync(close);
            found.AddRange(written.Select(w => new SpellingSuggestion(word, w.Written, w.Articles, Replace(words, word, w.Written))));
        }
        return found;
    }

    /// <summary>The word's one exact-form token, or null when it analyses to none or several.</summary>
    private static string? ExactForm(string word) => NameForms.Tokens(word) is [var form] ? form : null;

    /// <summary>A word the search analysis drops: a stop word, too common to search on its own.</summary>
    private bool IsStopWord(string word) => AnalysedTerms.Of(analyzer, IndexSchema.Body, word).Count == 0;

    /// <summary>Outlets the filter names that the index does not hold, each with the closest ones it does.</summary>
    private static async Task<List<UnknownSource>> UnknownSourcesAsync(ISearchedArticles articles, SearchFilter filter)
    {
        if (filter.Sources.Count == 0) return [];
        var held = new HashSet<string>(await articles.SourceNamesAsync(), StringComparer.OrdinalIgnoreCase);
        var unknown = filter.Sources.Where(s => !held.Contains(s.Trim())).ToList();
        if (unknown.Count == 0) return [];
        var sources = await articles.SourcesAsync();
        return [.. unknown.Select(name => new UnknownSource(name, SourceList.Closest(sources, name)))];
    }
}

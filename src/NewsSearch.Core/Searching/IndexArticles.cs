using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.People;

namespace NewsSearch.Core.Searching;

/// <summary>
/// One index's articles as <see cref="SearchAdvisor"/> reads them, through one searcher; also a cluster shard's part
/// of the same facts. Every answer is read at once (the tasks are complete when returned).
/// </summary>
internal sealed class IndexArticles(IndexSearcher searcher) : ISearchedArticles
{
    /// <summary>How far apart (in edits) the index's forms may be from a word to be read as near it.</summary>
    private const int MaxEdits = 2;
    private static readonly string[] ExactFields = [.. IndexSchema.ExactFromStored.Select(f => f.Exact)];

    public List<string> SourceNames()
    {
        var names = new List<string>();
        var terms = MultiFields.GetTerms(searcher.IndexReader, IndexSchema.Source)?.GetEnumerator();
        while (terms is not null && terms.MoveNext()) names.Add(terms.Term.Utf8ToString());
        return names;
    }

    public IReadOnlyList<SourceInfo> Sources() => SourceList.Read(searcher.IndexReader);

    public int ArticlesNaming(PersonForms person, SearchFilter filter) =>
        NewsSearcher.CountHits(searcher, PersonQuery.For(person), LuceneFilters.For(filter, searcher.IndexReader));

    public List<int> ArticlesWith(IReadOnlyList<string> forms) => [.. forms.Select(ArticlesWith)];

    private int ArticlesWith(string form) => NewsSearcher.CountHits(searcher, Holding(form), null);

    /// <summary>The articles whose title or body holds the exact form.</summary>
    internal static Query Holding(string form)
    {
        var query = new BooleanQuery();
        foreach (var field in ExactFields) query.Add(new TermQuery(new Term(field, form)), Occur.SHOULD);
        return query;
    }

    /// <summary>For each exact form, its articles and the newest of them with the words written for it (<see cref="WrittenForms"/>).</summary>
    public List<FormSample> WrittenSamples(IReadOnlyList<string> forms) => [.. forms.Select(f => WrittenForms.Sample(searcher, f))];

    public List<NearForm> NearForms(string form, double tolerance)
    {
        var near = new List<NearForm>();
        // Lucene's Levenshtein automata find the forms within two edits without reading the whole vocabulary; built once
        // for both fields, as they are kept in the attributes the enumerations share.
        var automata = new Lucene.Net.Util.AttributeSource();
        foreach (var field in ExactFields)
        {
            if (MultiFields.GetTerms(searcher.IndexReader, field) is not { } vocabulary) continue;
            var terms = new FuzzyTermsEnum(vocabulary, automata, new Term(field, form), MaxEdits, 0, true);
            while (terms.MoveNext())
            {
                var term = terms.Term.Utf8ToString();
                if (term != form && SpellingDistance.Between(form, term) <= tolerance) near.Add(new NearForm(field, term, terms.DocFreq));
            }
        }
        return near;
    }

    Task<IReadOnlyCollection<string>> ISearchedArticles.SourceNamesAsync() => Task.FromResult<IReadOnlyCollection<string>>(SourceNames());

    Task<IReadOnlyList<SourceInfo>> ISearchedArticles.SourcesAsync() => Task.FromResult(Sources());

    Task<int> ISearchedArticles.ArticlesNamingAsync(PersonForms person, SearchFilter filter) =>
        Task.FromResult(ArticlesNaming(person, filter));

    Task<IReadOnlyList<int>> ISearchedArticles.ArticlesWithAsync(IReadOnlyList<string> forms) =>
        Task.FromResult<IReadOnlyList<int>>(ArticlesWith(forms));

    Task<IReadOnlyList<(string Written, int Articles)>> ISearchedArticles.WrittenFormsAsync(IReadOnlyList<string> forms) =>
        Task.FromResult<IReadOnlyList<(string, int)>>(
            [.. WrittenSamples(forms).Select((s, i) => (WrittenForms.MostWritten(forms[i], s.Newest), s.Articles))]);

    Task<IReadOnlyList<NearForm>> ISearchedArticles.NearFormsAsync(string form, double tolerance) =>
        Task.FromResult<IReadOnlyList<NearForm>>(NearForms(form, tolerance));
}

using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Util;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using NewsSearch.Core.Indexing;

namespace NewsSearch.Core.People;

/// <summary>Lucene queries for every form of a person's name on the exact (unstemmed) fields.</summary>
internal static class PersonQuery
{
    /// <summary>
    /// Matches an article that names the person in its title or body: a term per one-word form and a phrase per
    /// full name, which the snippet marker can mark word by word. Titles weigh <see cref="IndexSchema.TitleBoost"/> more.
    /// </summary>
    public static Query For(PersonForms person)
    {
        var title = InField(person, IndexSchema.TitleExact);
        title.Boost = IndexSchema.TitleBoost;
        return new BooleanQuery { { title, Occur.SHOULD }, { InField(person, IndexSchema.BodyExact), Occur.SHOULD } };
    }

    /// <summary>
    /// <paramref name="query"/> without the articles <paramref name="articleIds"/>: for <c>person:</c>, those where no
    /// mention of the name counts (<see cref="MentionSearcher.ArticlesNotCounted"/>).
    /// </summary>
    public static Query Leaving(Query query, IReadOnlyCollection<string> articleIds)
    {
        if (articleIds.Count == 0) return query;
        var others = new TermsFilter(IndexSchema.Id, articleIds.Select(id => new BytesRef(id)).ToList());
        return new BooleanQuery { { query, Occur.MUST }, { new ConstantScoreQuery(others), Occur.MUST_NOT } };
    }

    /// <summary>The same forms as one span query on <paramref name="field"/>: each span is one written mention.</summary>
    public static SpanQuery Spans(PersonForms person, string field) =>
        new SpanOrQuery(person.Forms.Select(form => FormSpan(form, field)).ToArray());

    private static BooleanQuery InField(PersonForms person, string field)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var form in person.Forms) query.Add(FormQuery(form, field), Occur.SHOULD);
        return query;
    }

    private static Query FormQuery(IReadOnlyList<string> form, string field)
    {
        if (form.Count == 1) return new TermQuery(new Term(field, form[0]));
        var phrase = new PhraseQuery();
        foreach (var word in form) phrase.Add(new Term(field, word));
        return phrase;
    }

    private static SpanQuery FormSpan(IReadOnlyList<string> form, string field)
    {
        var words = form.Select(w => (SpanQuery)new SpanTermQuery(new Term(field, w))).ToArray();
        return words.Length == 1 ? words[0] : new SpanNearQuery(words, 0, inOrder: true);
    }
}

using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Searching;

namespace NewsSearch.Core.People;

/// <summary>
/// Lucene's multi-field classic parser plus the <c>person:</c> field: <c>person:witkoff</c> or
/// <c>person:"ستيف ويتكوف"</c> becomes <see cref="PersonQuery.For"/> the person (or the name's own forms).
/// </summary>
internal sealed class PersonQueryParser(PeopleList people, string[] fields, Analyzer analyzer, IDictionary<string, float> boosts)
    : MultiFieldQueryParser(NewsAnalyzer.Lucene, fields, analyzer, boosts)
{
    public const string PersonField = "person";

    protected override Query GetFieldQuery(string field, string queryText, bool quoted) =>
        field == PersonField ? Person(queryText) : base.GetFieldQuery(field, queryText, quoted);

    protected override Query GetFieldQuery(string field, string queryText, int slop) =>
        field == PersonField ? Person(queryText) : base.GetFieldQuery(field, queryText, slop);

    private Query Person(string name)
    {
        try { return PersonQuery.For(PersonForms.Resolve(people, name)); }
        catch (PeopleException e) { throw new QuerySyntaxException($"person:{name}: {e.Message}"); }
    }
}

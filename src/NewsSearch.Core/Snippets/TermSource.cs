using Lucene.Net.Index;

namespace NewsSearch.Core.Snippets;

internal sealed class TermSource(Term term, TermContext context, float weight) : IMatchSource
{
    private readonly string key = term.ToString();

    public IEnumerable<Match> Find(DocTokens doc) =>
        doc.Offsets(term, context).Values.Select(token => new Match(key, weight, [token]));
}

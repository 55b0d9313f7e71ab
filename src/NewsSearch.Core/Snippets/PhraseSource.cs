using Lucene.Net.Index;

namespace NewsSearch.Core.Snippets;

/// <summary>
/// An exact phrase: every word at exactly its place relative to the first, as <c>PhraseQuery</c> matches it
/// (holes left by stop words included). Each slot may hold alternatives (<c>MultiPhraseQuery</c>).
/// </summary>
internal sealed class PhraseSource(
    IReadOnlyList<Term[]> slots, int[] positions, IReadOnlyDictionary<Term, TermContext> contexts, string key, float weight)
    : IMatchSource
{
    public IEnumerable<Match> Find(DocTokens doc)
    {
        var slotOffsets = slots.Select(alternatives => Union(alternatives.Select(t => doc.Offsets(t, contexts[t])))).ToList();
        foreach (var (first, firstToken) in slotOffsets[0])
        {
            var tokens = new List<Mark>(slots.Count) { firstToken };
            for (var i = 1; i < slots.Count && slotOffsets[i].TryGetValue(first + positions[i] - positions[0], out var token); i++)
                tokens.Add(token);
            if (tokens.Count == slots.Count) yield return new Match(key, weight, tokens);
        }
    }

    private static IReadOnlyDictionary<int, Mark> Union(IEnumerable<IReadOnlyDictionary<int, Mark>> offsets)
    {
        var union = new Dictionary<int, Mark>();
        foreach (var (position, token) in offsets.SelectMany(o => o)) union.TryAdd(position, token);
        return union;
    }
}

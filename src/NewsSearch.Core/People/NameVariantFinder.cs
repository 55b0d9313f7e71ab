using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Snippets;

namespace NewsSearch.Core.People;

/// <summary>
/// Spelling discovery: walks every term of the exact fields and keeps those whose letters, clitic prefix aside,
/// are within <see cref="SpellingDistance.Tolerance"/> of the name, so a user sees how agencies actually write it.
/// </summary>
internal static class NameVariantFinder
{
    private const int MinTargetLength = 3;
    private static readonly SnippetOptions SentenceOptions = new() { MaxPassages = 1, MaxChars = 240 };

    /// <summary>Body first, for the example sentence.</summary>
    private static readonly IReadOnlyList<(string Exact, string Stored)> Fields = IndexSchema.ExactFromStored;

    /// <param name="nearOnly">Read only the terms that begin (after a clitic prefix) as a spelling of the name may
    /// (<see cref="Openings"/>), not every term: much faster, and enough for <see cref="MentionFinder"/>'s other
    /// spellings, though a variant that changes its first two letters otherwise is missed.</param>
    /// <exception cref="PeopleException">The name has no Arabic word to compare (a Latin name not on the list).</exception>
    public static NameVariantReport Find(IndexSearcher searcher, PersonForms person, int max, bool nearOnly = false)
    {
        var targets = Targets(person);
        var known = Known(person);
        var variants = Closest(Candidates(searcher.IndexReader, person, nearOnly), max)
            .Select(c => ToVariant(searcher, c, known.Contains(c.Term)))
            .ToList();
        return new NameVariantReport(person, targets, variants);
    }

    /// <summary>
    /// Every index term within reach of the name, with its occurrences: over several indexes (a cluster's shards)
    /// the candidates of each add up (<see cref="SpellingCandidate.Sum"/>) to those of one index holding them all.
    /// </summary>
    /// <exception cref="PeopleException">The name has no Arabic word to compare.</exception>
    internal static List<SpellingCandidate> Candidates(IndexReader reader, PersonForms person, bool nearOnly)
    {
        var targets = Targets(person);
        if (targets.Count == 0)
            throw new PeopleException($"\"{person.Name}\" has no Arabic word of {MinTargetLength} " +
                "letters or more to compare with the index");
        var close = new Dictionary<string, SpellingCandidate>(StringComparer.Ordinal);
        foreach (var (field, _) in Fields)
            foreach (var (term, count) in nearOnly ? TermsNear(reader, field, targets) : Terms(reader, field))
            {
                if (close.TryGetValue(term, out var seen)) close[term] = seen with { Count = seen.Count + count };
                else if (Closest(term, targets) is { } match)
                    close[term] = new SpellingCandidate(term, match.Prefix, match.Target, match.Distance, count);
            }
        return [.. close.Values];
    }

    /// <summary>The <paramref name="max"/> closest candidates: nearest first, then the most used, then by term.</summary>
    internal static IEnumerable<SpellingCandidate> Closest(IEnumerable<SpellingCandidate> candidates, int max) =>
        candidates.OrderBy(c => c.Distance).ThenByDescending(c => c.Count).ThenBy(c => c.Term, StringComparer.Ordinal).Take(max);

    /// <summary>The name's own forms, word by word, for a person on the list (none otherwise).</summary>
    internal static HashSet<string> Known(PersonForms person) =>
        person.InPeopleList ? person.Forms.SelectMany(f => f).ToHashSet(StringComparer.Ordinal) : [];

    /// <summary>The Arabic words of the name as typed; for a Latin name on the list, the surnames of its Arabic spellings.</summary>
    private static IReadOnlyList<string> Targets(PersonForms person)
    {
        var typed = NameForms.Tokens(person.Name).Where(ArabicAffixes.IsArabic).ToList();
        var words = typed.Count > 0 || person.Person is not { } known
            ? typed
            : known.Names.Select(NameForms.Tokens).Where(t => t.Count > 0 && ArabicAffixes.IsArabic(t[^1])).Select(t => t[^1]);
        return words.Where(w => w.Length >= MinTargetLength).Distinct().ToList();
    }

    private static (string Prefix, string Target, double Distance)? Closest(string term, IReadOnlyList<string> targets)
    {
        (string, string, double)? best = null;
        foreach (var (prefix, stem) in ArabicAffixes.SplitClitics(term))
            foreach (var target in targets)
            {
                var tolerance = SpellingDistance.Tolerance(target.Length);
                if (Math.Abs(stem.Length - target.Length) > 2 * tolerance) continue;
                var distance = SpellingDistance.Between(stem, target);
                if (distance <= tolerance && (best is null || distance < best.Value.Item3)) best = (prefix, target, distance);
            }
        return best;
    }

    private static IEnumerable<(string Term, long Count)> Terms(IndexReader reader, string field)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null) yield break;
        var it = terms.GetEnumerator();
        while (it.MoveNext()) yield return (it.Term.Utf8ToString(), it.TotalTermFreq);
    }

    /// <summary>
    /// How a spelling of <paramref name="target"/> may begin: its first two letters, each as any letter it may be
    /// transliterated as; and, where one of them is a vowel letter, the letters around it (a vowel letter is often dropped).
    /// </summary>
    private static IEnumerable<string> Openings(string target)
    {
        IEnumerable<string> Two(char a, char b) =>
            SpellingDistance.Swaps(a).SelectMany(x => SpellingDistance.Swaps(b).Select(y => $"{x}{y}"));
        if (target.Length < 3) return SpellingDistance.Swaps(target[0]).Select(c => c.ToString());
        var openings = Two(target[0], target[1]);
        if (SpellingDistance.IsVowel(target[0])) openings = openings.Concat(Two(target[1], target[2]));
        if (SpellingDistance.IsVowel(target[1])) openings = openings.Concat(Two(target[0], target[2]));
        return openings;
    }

    /// <summary>The terms that start with a clitic prefix (or none) and an opening of a target (<see cref="Openings"/>).</summary>
    private static IEnumerable<(string Term, long Count)> TermsNear(IndexReader reader, string field, IReadOnlyList<string> targets)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null) yield break;
        var starts = targets.SelectMany(Openings)
            .SelectMany(o => ArabicAffixes.CliticPrefixes.Prepend("").Select(p => p + o)).Distinct().Order(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var it = terms.GetEnumerator();
        foreach (var start in starts)
        {
            if (it.SeekCeil(new BytesRef(start)) == TermsEnum.SeekStatus.END) continue;
            do
            {
                var term = it.Term.Utf8ToString();
                if (!term.StartsWith(start, StringComparison.Ordinal)) break;
                if (seen.Add(term)) yield return (term, it.TotalTermFreq);
            } while (it.MoveNext());
        }
    }

    private static NameVariant ToVariant(IndexSearcher searcher, SpellingCandidate v, bool known)
    {
        var term = v.Term;
        var reader = searcher.IndexReader;
        var articles = new HashSet<int>();
        NameVariantExample? example = null;
        foreach (var (exact, stored) in Fields)
        {
            var postings = MultiFields.GetTermPositionsEnum(reader, MultiFields.GetLiveDocs(reader), exact, new BytesRef(term));
            if (postings is null) continue;
            while (postings.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                articles.Add(postings.DocID);
                if (example is not null) continue;
                example = Example(searcher, postings.DocID, stored, postings.NextPosition());
            }
        }
        return new NameVariant(term, v.Prefix, v.Target, v.Distance, v.Count, articles.Count, known, example);
    }

    /// <summary>The sentence around the word at <paramref name="position"/> of the field's text, marked.</summary>
    private static NameVariantExample Example(IndexSearcher searcher, int doc, string field, int position)
    {
        var document = searcher.Doc(doc);
        var text = document.Get(field) ?? "";
        var (start, end) = WordOffsets.Of(text).At(position);
        var sentence = SnippetBuilder.Build(text, [new Match("variant", 1f, [new Mark(start, end - start)])], SentenceOptions)[0];
        return new NameVariantExample(document.Get(IndexSchema.Id), field, sentence);
    }
}

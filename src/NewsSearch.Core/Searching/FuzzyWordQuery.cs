using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsSearch.Core.Indexing;

namespace NewsSearch.Core.Searching;

/// <summary>
/// <c>word~</c>: the exact forms within one edit of the word (under <see cref="LongWord"/> letters, ال aside) or two (longer),
/// its first letter fixed (after ال, the first letter of the word proper), in the title and body exact fields.
/// Articles rank by how close their closest form is, then by BM25 over the forms they hold: an exact hit before a
/// one-edit hit before a two-edit one, so <c>الجبير~</c> finds الجبير first and never بلاكبيري.
/// </summary>
internal sealed class FuzzyWordQuery(string form, int maxEdits, IReadOnlyList<(string Field, float Boost)> fields) : Query
{
    public const int LongWord = 6;
    /// <summary>The most forms one fuzzy word expands to (Lucene's FuzzyQuery default), closest first.</summary>
    public const int MaxForms = 50;
    /// <summary>Score added per edit a form is closer than the furthest allowed: above any BM25 score of one word.</summary>
    private const float ClosenessPoints = 100f;

    /// <summary>The exact fields a fuzzy word searches when no field is named, title matches weighing more.</summary>
    public static readonly IReadOnlyList<(string Field, float Boost)> TitleAndBody =
        [(IndexSchema.TitleExact, IndexSchema.TitleBoost), (IndexSchema.BodyExact, 1f)];

    /// <summary>
    /// The word's edits allowed: one under <see cref="LongWord"/> letters (ال not counted: الجبير has four), two from
    /// there, never more than asked.
    /// </summary>
    public static FuzzyWordQuery For(string form, int asked, IReadOnlyList<(string Field, float Boost)> fields) =>
        new(form, Math.Min(Math.Max(asked, 1), Letters(form) < LongWord ? 1 : 2), fields);

    private static int Letters(string form) => HasArticle(form) ? form.Length - 2 : form.Length;

    private static bool HasArticle(string form) => form.StartsWith("ال", StringComparison.Ordinal) && form.Length > 3;

    public string Form => form;
    public int MaxEdits => maxEdits;
    public IReadOnlyList<(string Field, float Boost)> Fields => fields;

    /// <summary>Letters that must match as typed: ال and one more, or the first one.</summary>
    public int FixedPrefix => HasArticle(form) ? 3 : 1;

    public override Query Rewrite(IndexReader reader)
    {
        var forms = Forms(reader);
        var closeness = new DisjunctionMaxQuery(0f);
        var relevance = new BooleanQuery(disableCoord: true);
        foreach (var tier in forms.GroupBy(f => f.Edits))
        {
            var any = new BooleanQuery(disableCoord: true);
            foreach (var (term, _, _) in tier) any.Add(new TermQuery(term), Occur.SHOULD);
            closeness.Add(new ConstantScoreQuery(any) { Boost = ClosenessPoints * (maxEdits - tier.Key) });
        }
        foreach (var (term, _, _) in forms)
            relevance.Add(new TermQuery(term) { Boost = fields.First(f => f.Field == term.Field).Boost }, Occur.SHOULD);
        if (forms.Count == 0) return new BooleanQuery();
        return new BooleanQuery(disableCoord: true) { { closeness, Occur.MUST }, { relevance, Occur.SHOULD } }.Boosted(Boost);
    }

    /// <summary>The forms within reach in both fields, closest first, then the most common, at most <see cref="MaxForms"/> a
    /// field.</summary>
    private List<(Term Term, int Edits, int DocFreq)> Forms(IndexReader reader)
    {
        var forms = new List<(Term, int, int)>();
        foreach (var (field, _) in fields)
        {
            if (MultiFields.GetTerms(reader, field) is not { } terms) continue;
            var near = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(field, form), maxEdits, FixedPrefix, true);
            var found = new List<(Term, int, int)>();
            while (near.MoveNext())
            {
                var text = near.Term.Utf8ToString();
                found.Add((new Term(field, text), Edits(form, text), near.DocFreq));
            }
            forms.AddRange(found.OrderBy(f => f.Item2).ThenByDescending(f => f.Item3).Take(MaxForms));
        }
        return forms;
    }

    /// <summary>Edits between two forms, a swap of neighbours counting one (as Lucene's automaton counts them).</summary>
    internal static int Edits(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }

    public override string ToString(string field) => $"{form}~{maxEdits}";
    public override bool Equals(object? obj) =>
        obj is FuzzyWordQuery other && other.Form == form && other.MaxEdits == maxEdits && other.Boost == Boost
        && other.Fields.SequenceEqual(fields);

    public override int GetHashCode() => HashCode.Combine(form, maxEdits, Boost, fields.Count);
}

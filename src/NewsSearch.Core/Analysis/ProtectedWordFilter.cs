using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using static NewsSearch.Core.Analysis.ArabicAffixes;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// Finds protected words (names) behind their clitics and article: وويتكوف, لكوشنر, بميامي, والكرملين become
/// the bare word, marked as a keyword so no later filter cuts it (the job of Lucene's SetKeywordMarkerFilter,
/// extended to look past the prefixes).
/// </summary>
public sealed class ProtectedWordFilter : TokenFilter
{
    private readonly WordList words;
    private readonly ICharTermAttribute term;
    private readonly IKeywordAttribute keyword;

    public ProtectedWordFilter(TokenStream input, WordList words) : base(input)
    {
        this.words = words;
        term = AddAttribute<ICharTermAttribute>();
        keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (keyword.IsKeyword) return true;
        var start = ProtectedStart(term.Buffer, term.Length);
        if (start < 0) return true;
        if (start > 0) term.CopyBuffer(term.Buffer, start, term.Length - start);
        keyword.IsKeyword = true;
        return true;
    }

    /// <summary>Where the protected word starts after [conjunction][preposition][article], or -1.</summary>
    private int ProtectedStart(char[] s, int length)
    {
        if (words.Contains(s, 0, length)) return 0;
        var at = 0;
        if (IsConjunction(s[0]))
        {
            at = 1;
            if (IsProtectedFrom(s, at, length)) return at;
        }
        if (at < length && IsPreposition(s[at]))
        {
            at++;
            if (IsProtectedFrom(s, at, length)) return at;
            if (s[at - 1] == Lam && at < length && s[at] == Lam && IsProtectedFrom(s, at + 1, length)) return at + 1; // لل
        }
        return HasArticleAt(s, at, length) && IsProtectedFrom(s, at + 2, length) ? at + 2 : -1;
    }

    private bool IsProtectedFrom(char[] s, int at, int length) => length - at >= 2 && words.Contains(s, at, length - at);
}

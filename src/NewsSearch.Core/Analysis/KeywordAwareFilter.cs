using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// The set-up every affix filter shares: the token's text and its keyword mark (a protected word, set by
/// <see cref="ProtectedWordFilter"/>), and a token marked as a keyword passed on untouched. A filter only says what
/// it does to one unmarked token (<see cref="Rewrite"/>).
/// </summary>
internal abstract class KeywordAwareFilter : TokenFilter
{
    protected KeywordAwareFilter(TokenStream input) : base(input)
    {
        Term = AddAttribute<ICharTermAttribute>();
        Keyword = AddAttribute<IKeywordAttribute>();
    }

    protected ICharTermAttribute Term { get; }
    protected IKeywordAttribute Keyword { get; }

    /// <summary>False for a filter that also rewrites keywords.</summary>
    protected virtual bool SkipsKeywords => true;

    public sealed override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (!(SkipsKeywords && Keyword.IsKeyword)) Rewrite();
        return true;
    }

    /// <summary>Changes the current token in place.</summary>
    protected abstract void Rewrite();
}

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// Finds protected words (names) behind their clitics and article: وويتكوف, لكوشنر, بميامي, والكرملين become
/// the bare word, marked as a keyword so no later filter cuts it (the job of Lucene's SetKeywordMarkerFilter,
/// extended to look past the prefixes: <see cref="ArabicAffixes.ListedWordStart"/>).
/// </summary>
internal sealed class ProtectedWordFilter : TokenFilter
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
        var start = ArabicAffixes.ListedWordStart(term.Buffer, term.Length, words);
        if (start < 0) return true;
        if (start > 0) term.CopyBuffer(term.Buffer, start, term.Length - start);
        keyword.IsKeyword = true;
        return true;
    }
}

using Lucene.Net.Analysis;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// Finds protected words (names) behind their clitics and article: وويتكوف, لكوشنر, بميامي, والكرملين become
/// the bare word, marked as a keyword so no later filter cuts it (the job of Lucene's SetKeywordMarkerFilter,
/// extended to look past the prefixes: <see cref="ArabicAffixes.ListedWordStart"/>).
/// </summary>
internal sealed class ProtectedWordFilter : KeywordAwareFilter
{
    private readonly WordsAndStems words;

    public ProtectedWordFilter(TokenStream input, WordsAndStems words) : base(input) => this.words = words;

    protected override void Rewrite()
    {
        var start = ArabicAffixes.ListedWordStart(Term.Buffer, Term.Length, words);
        if (start < 0) return;
        if (start > 0) Term.CopyBuffer(Term.Buffer, start, Term.Length - start);
        Keyword.IsKeyword = true;
    }
}

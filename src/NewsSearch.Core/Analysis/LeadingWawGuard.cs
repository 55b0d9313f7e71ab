using Lucene.Net.Analysis;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// Lucene's ArabicStemFilter always cuts a leading و (وزير → زير) while keeping it after the article
/// (الوزير → وزير). <see cref="CliticFilter"/> has already removed every conjunction و, so a و still in front
/// belongs to the word: <see cref="Shield"/> hides it from the stemmer and <see cref="Restore"/> puts it back.
/// </summary>
internal static class LeadingWawGuard
{
    private const char Waw = ArabicAffixes.Waw;
    private const char Placeholder = '\uE000'; // private use: never produced by the tokenizer

    public sealed class Shield(TokenStream input) : Swap(input, Waw, Placeholder, skipKeywords: true);

    public sealed class Restore(TokenStream input) : Swap(input, Placeholder, Waw, skipKeywords: false);

    internal abstract class Swap : KeywordAwareFilter
    {
        private readonly char from;
        private readonly char to;
        private readonly bool skipKeywords;

        protected Swap(TokenStream input, char from, char to, bool skipKeywords) : base(input) =>
            (this.from, this.to, this.skipKeywords) = (from, to, skipKeywords);

        protected override bool SkipsKeywords => skipKeywords;

        protected override void Rewrite()
        {
            if (Term.Length > 0 && Term.Buffer[0] == from) Term.Buffer[0] = to;
        }
    }
}

namespace NewsSearch.Core.Analysis;

/// <summary>
/// Words the corpus writes after the definite article (الوزير, البيان, الهدف): real words. A listed word that
/// begins with و ف ب ل ك owns that letter, since no clitic can follow the article; and a clitic is stripped when
/// what remains is listed. Rebuilt by bench/lexicon/attested_words.py.
/// </summary>
internal static class CorpusNouns
{
    public const string Resource = "analysis/attested-words.txt";

    public static WordsAndStems Default { get; } = WordsAndStems.From(WordsAndStems.ResourceLines(Resource));
}

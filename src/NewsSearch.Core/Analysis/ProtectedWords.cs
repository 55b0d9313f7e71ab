namespace NewsSearch.Core.Analysis;

/// <summary>
/// Names and words the stemmer must never cut (ويتكوف, بوتين, ميامي, واشنطن ...): every line of every embedded
/// resource under <see cref="ResourcePrefix"/> (Resources/protected/*.txt). To protect more words, for example
/// the aliases of the people list, add a file there; the analysis version changes with the contents.
/// </summary>
public static class ProtectedWords
{
    public const string ResourcePrefix = "analysis/protected/";

    public static WordList Default { get; } = WordList.From(WordList.ResourceLines(ResourcePrefix));
}

/// <summary>
/// Words whose first letter looks like a clitic (و ف ب ل ك) but belongs to the word (وزير, بيان, فريق), so it
/// is never stripped. Derived from the corpus: the word was seen after the definite article, where no clitic
/// can stand (الوزير). Rebuilt by bench/lexicon/root_initial_words.py.
/// </summary>
public static class RootInitialWords
{
    public const string Resource = "analysis/root-initial-words.txt";

    public static WordList Default { get; } = WordList.From(WordList.ResourceLines(Resource));
}

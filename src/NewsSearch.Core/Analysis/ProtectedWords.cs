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

namespace NewsSearch.Core.Searching;

/// <summary>The steps of one <see cref="NewsSearcher.Search"/>, in the order they run (<see cref="NewsSearcher.StepEnded"/>).</summary>
public enum SearchStep
{
    /// <summary>Reading the query: syntax, analysis, verb tenses, a person's forms.</summary>
    Parse,
    /// <summary>Finding, counting and ranking the articles with all the words.</summary>
    AllWords,
    /// <summary>Their page: stored articles read, matches found, snippets built.</summary>
    AllWordsPage,
    /// <summary>Finding, counting and ranking the articles with some of the words (only when the page is not full).</summary>
    SomeWords,
    /// <summary>Their part of the page.</summary>
    SomeWordsPage,
    /// <summary>The search help for few or no hits: people, spellings, outlets, stop words.</summary>
    Help,
}

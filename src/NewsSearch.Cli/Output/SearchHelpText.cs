using NewsSearch.Core.Searching;

namespace NewsSearch.Cli.Output;

/// <summary>What to try when a search finds nothing or few articles, one line per suggestion, under the header.</summary>
public static class SearchHelpText
{
    public static void Write(SearchHelp help, TextWriter output)
    {
        foreach (var person in help.People)
            output.WriteLine($"Did you mean {person.Query}? \"{person.Word}\" is {person.Name} on the people list " +
                             $"({Articles(person.Articles)} with any spelling of the name).");
        foreach (var word in help.Spellings.GroupBy(s => s.Word))
            output.WriteLine($"Did you mean {string.Join(" or ", word.Select(s => $"{s.Query} ({Articles(s.Articles)})"))}? " +
                             $"\"{word.Key}\" is rare or absent in this index.");
        foreach (var source in help.UnknownSources)
            output.WriteLine($"No outlet called \"{source.Name}\" in this index" + (source.Closest.Count == 0
                ? "; it holds no outlet names."
                : $"; closest: {string.Join(", ", source.Closest.Select(SourceText.Describe))}. Every outlet: newssearch sources"));
        if (help.StopWords.Count > 0)
            output.WriteLine($"{string.Join(" ", help.StopWords)}: too common to search (stop words). To find them as an exact phrase, " +
                             $"search exact:\"{string.Join(" ", help.StopWords)}\".");
        if (help.LastPage is { } last) output.WriteLine($"That page is past the end: the last page is {last}.");
    }

    internal static string Articles(int n) => n == 1 ? "1 article" : $"{n:N0} articles";
}

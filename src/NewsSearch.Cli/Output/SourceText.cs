using NewsSearch.Core.Searching;

namespace NewsSearch.Cli.Output;

/// <summary>The outlets of an index, one a line: name, articles, first and last day.</summary>
public static class SourceText
{
    public static void Write(IReadOnlyList<SourceInfo> sources, TextWriter output)
    {
        output.WriteLine($"{sources.Count} outlet{(sources.Count == 1 ? "" : "s")}");
        var width = sources.Count == 0 ? 0 : sources.Max(s => s.Name.Length);
        foreach (var source in sources)
            output.WriteLine($"{source.Name.PadRight(width)}  {source.Articles,8:N0}  {Days(source)}");
    }

    /// <summary>"okaz (2,611 articles, 2015-07-21 to 2015-08-20)".</summary>
    public static string Describe(SourceInfo source) =>
        $"{source.Name} ({SearchHelpText.Articles(source.Articles)}{(source.First is null ? "" : ", " + Days(source))})";

    private static string Days(SourceInfo source) =>
        source.First is { } first ? $"{first:yyyy-MM-dd} to {source.Last:yyyy-MM-dd}" : "undated";
}

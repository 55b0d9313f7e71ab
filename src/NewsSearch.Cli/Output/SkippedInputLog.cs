using NewsSearch.Core.Articles;

namespace NewsSearch.Cli.Output;

/// <summary>
/// What an <c>index</c> run skipped or repaired: the first few shown as they come, all of them grouped by reason at
/// the end, and every one written to the <c>--skipped</c> file when there is one.
/// </summary>
public sealed class SkippedInputLog(string? listPath) : IDisposable
{
    /// <summary>Skipped inputs shown one by one as they come; the rest are only in the summary (a real feed can have hundreds).</summary>
    private const int ShownAsTheyCome = 20;
    private readonly StreamWriter? list = listPath is null ? null : new StreamWriter(listPath);
    private readonly SkippedInputSummary skipped = new();
    private readonly SkippedInputSummary repaired = new();

    public int Skipped => skipped.Count;

    /// <summary>Where the first skipped inputs are shown as they come (stderr, or the progress line's interruption).</summary>
    public Action<string> Show { get; set; } = Console.Error.WriteLine;

    public void OnSkipped(SkippedInput input)
    {
        skipped.Add(input);
        list?.WriteLine(input);
        if (skipped.Count <= ShownAsTheyCome) Show($"skipped {input}");
    }

    public void OnRepaired(SkippedInput input)
    {
        repaired.Add(input);
        list?.WriteLine(input);
    }

    /// <summary>The grouped summary, on <paramref name="writer"/> (stderr).</summary>
    public void WriteSummary(TextWriter writer)
    {
        list?.Flush();
        Write(writer, skipped, "skipped", "inputs");
        Write(writer, repaired, "repaired", "articles");
        if (skipped.Count + repaired.Count > 0)
            writer.WriteLine(list is null ? "list every one with --skipped FILE" : $"every one is listed in {listPath}");
    }

    public void Dispose() => list?.Dispose();

    private static void Write(TextWriter writer, SkippedInputSummary summary, string verb, string noun)
    {
        if (summary.Count == 0) return;
        writer.WriteLine($"{verb} {summary.Count} {noun}, by reason:");
        foreach (var group in summary.Groups)
        {
            var more = group.Count > group.Examples.Count ? $" and {group.Count - group.Examples.Count} more" : "";
            writer.WriteLine($"  {group.Count} × {group.Kind}: {string.Join(", ", group.Examples.Select(e => e.Where))}{more}");
        }
    }
}

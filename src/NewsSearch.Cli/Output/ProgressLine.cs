using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;

namespace NewsSearch.Cli.Output;

/// <summary>
/// A single self-overwriting progress line on stderr, shown only when stderr is a terminal: articles done and their
/// rate, and, when the size of the input is known (<see cref="ReadMeter"/>), the share done and the time left.
/// </summary>
public sealed class ProgressLine(TextWriter error, ReadMeter? input = null) : IProgress<IndexProgress>, IDisposable
{
    private bool dirty;

    public bool IsShown { get; } = !Console.IsErrorRedirected;

    public void Report(IndexProgress value)
    {
        error.Write($"\r{Describe(value, input?.Fraction)}   ");
        dirty = true;
    }

    /// <summary>"12,345 articles, 210/s, 40% done, about 1 min 30 s left": articles written, not merely read.</summary>
    public static string Describe(IndexProgress value, double? fractionRead)
    {
        var line = $"{value.Articles:N0} articles, {value.ArticlesPerSecond:N0}/s";
        if (value.Done(fractionRead) is not { } done || done <= 0) return line;
        var left = TimeSpan.FromSeconds(value.Elapsed.TotalSeconds * (1 - done) / done);
        return $"{line}, {done:0%} done, about {Duration(left)} left";
    }

    private static string Duration(TimeSpan time) => time.TotalSeconds switch
    {
        < 60 => $"{Math.Ceiling(time.TotalSeconds):0} s",
        < 3600 => $"{(int)time.TotalMinutes} min {time.Seconds} s",
        _ => $"{(int)time.TotalHours} h {time.Minutes} min",
    };

    /// <summary>Prints a whole line (e.g. a skipped input) without mangling the progress line.</summary>
    public void Interrupt(string line)
    {
        Clear();
        error.WriteLine(line);
    }

    public void Clear()
    {
        if (!dirty) return;
        error.Write("\r\u001b[K");
        dirty = false;
    }

    public void Dispose() => Clear();
}

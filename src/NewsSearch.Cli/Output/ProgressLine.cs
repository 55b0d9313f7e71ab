using NewsSearch.Core.Indexing;

namespace NewsSearch.Cli.Output;

/// <summary>A single self-overwriting progress line on stderr, shown only when stderr is a terminal.</summary>
public sealed class ProgressLine(TextWriter error) : IProgress<IndexProgress>, IDisposable
{
    private bool dirty;

    public bool IsShown { get; } = !Console.IsErrorRedirected;

    public void Report(IndexProgress value)
    {
        error.Write($"\r{value.Articles:N0} articles, {value.ArticlesPerSecond:N0}/s   ");
        dirty = true;
    }

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

namespace NewsSearch.Core.Indexing;

/// <param name="Articles">Articles written into the index so far.</param>
/// <param name="Read">Articles read from the input so far: written, or queued for the writer threads.</param>
public sealed record IndexProgress(int Articles, int Read, TimeSpan Elapsed)
{
    public double ArticlesPerSecond => Elapsed.TotalSeconds > 0 ? Articles / Elapsed.TotalSeconds : 0;

    /// <summary>
    /// The share of the whole run's articles written, given the share of the input's bytes read: the articles read
    /// so far stand for that share of the input, and the writers are behind the reader by what is queued.
    /// </summary>
    public double? Done(double? fractionRead) =>
        fractionRead is { } read && read > 0 && Read > 0 ? Math.Min(1, read * Articles / Read) : null;
}

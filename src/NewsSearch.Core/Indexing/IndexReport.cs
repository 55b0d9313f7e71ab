namespace NewsSearch.Core.Indexing;

public sealed record IndexReport(int Indexed, int Updated, int Skipped, TimeSpan Elapsed)
{
    /// <summary>Articles indexed (counted in <see cref="Indexed"/> or <see cref="Updated"/>) whose text was repaired.</summary>
    public int Repaired { get; init; }
    /// <summary>Articles indexed whose date did not parse: kept as text only, not skipped.</summary>
    public int UnparsedDates { get; init; }
    public string? FirstUnparsedDate { get; init; }
    /// <summary>The part of <see cref="Elapsed"/> spent in the final commit.</summary>
    public TimeSpan Committing { get; init; }

    public override string ToString() =>
        $"indexed {Indexed}, updated {Updated}, skipped {Skipped}" + (Repaired > 0 ? $" ({Repaired} repaired)" : "");
}

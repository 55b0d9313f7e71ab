namespace NewsSearch.Core.People;

/// <summary>The words a <see cref="Resolution"/> is written as.</summary>
public static class ResolutionNames
{
    /// <summary>The resolution as machine output and the page write it: confirmed, likely, doubtful, other.</summary>
    public static string Name(this Resolution resolution) => resolution switch
    {
        Resolution.Confirmed => "confirmed",
        Resolution.Likely => "likely",
        Resolution.Doubtful => "doubtful",
        _ => "other",
    };
}

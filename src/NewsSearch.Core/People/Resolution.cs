namespace NewsSearch.Core.People;

/// <summary>
/// Whether a mention is the person: <see cref="Confirmed"/> by a full name or a role cue next to it,
/// <see cref="Likely"/> as a bare surname in an article that confirms them, <see cref="Doubtful"/> as a bare
/// surname with no evidence either way, <see cref="Other"/> when the evidence points at someone or something else.
/// Counts are <see cref="Confirmed"/> + <see cref="Likely"/>.
/// </summary>
public enum Resolution { Confirmed, Likely, Doubtful, Other }

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

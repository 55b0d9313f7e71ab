namespace NewsSearch.Core.People;

/// <summary>
/// Whether a mention is the person: <see cref="Confirmed"/> by a full name or a role cue next to it,
/// <see cref="Likely"/> as a bare surname in an article that confirms them, <see cref="Doubtful"/> as a bare
/// surname with no evidence either way, <see cref="Other"/> when the evidence points at someone or something else.
/// Counts are <see cref="Confirmed"/> + <see cref="Likely"/>.
/// </summary>
public enum Resolution { Confirmed, Likely, Doubtful, Other }

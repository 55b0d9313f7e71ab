using NewsSearch.Core.Snippets;

namespace NewsSearch.Core.People;

/// <summary>
/// One place an article names the person: the field (title or body), the surface form exactly as written
/// and its offsets in that field's stored text, the sentence around it with the mention marked, and whether it
/// is the person (<see cref="Resolution"/>) with the evidence for that in words (<see cref="Reason"/>).
/// </summary>
public sealed record Mention(string Field, int Start, int End, string Surface, Snippet Sentence)
{
    public Resolution Resolution { get; init; } = Resolution.Confirmed;
    public string Reason { get; init; } = "";

    /// <summary>Confirmed or likely: the mentions that counts, timelines and <c>person:</c> stand on.</summary>
    public bool Counted => Resolution is Resolution.Confirmed or Resolution.Likely;
}

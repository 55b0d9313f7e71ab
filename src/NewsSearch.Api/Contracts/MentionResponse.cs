using NewsSearch.Core.People;

namespace NewsSearch.Api.Contracts;

/// <summary>
/// One mention: the surface form as written, its offsets (UTF-16 code units) in the stored <see cref="Field"/>,
/// its sentence, both as HTML-safe text with the name in &lt;mark&gt; and as text with offsets, and whether it is
/// the person: <see cref="Resolution"/> is confirmed, likely, doubtful or other, <see cref="Reason"/> says why.
/// </summary>
public sealed record MentionResponse(string Field, string Surface, int Start, int End,
    SnippetResponse Sentence, string Resolution, string Reason)
{
    public static MentionResponse From(Mention mention) =>
        new(mention.Field, mention.Surface, mention.Start, mention.End,
            SnippetResponse.From(mention.Sentence), mention.Resolution.Name(), mention.Reason);
}

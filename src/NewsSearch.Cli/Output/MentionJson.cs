using NewsSearch.Core.People;

namespace NewsSearch.Cli.Output;

public sealed record MentionJson(string Field, string Surface, int Start, int End, SnippetJson Sentence, string Resolution, string Reason)
{
    public static MentionJson From(Mention mention) =>
        new(mention.Field, mention.Surface, mention.Start, mention.End,
            SnippetJson.From(mention.Sentence), mention.Resolution.Name(), mention.Reason);
}

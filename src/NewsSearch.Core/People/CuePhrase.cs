namespace NewsSearch.Core.People;

/// <summary>A cue as written in the people file and as the words it matches.</summary>
internal sealed record CuePhrase(IReadOnlyList<string> Words, string Text);

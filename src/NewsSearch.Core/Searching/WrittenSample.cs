namespace NewsSearch.Core.Searching;

/// <summary>One article of <see cref="WrittenForms.Sample"/>: when it was published, its id, the words written for the form.</summary>
internal sealed record WrittenSample(long Published, string Id, List<string> Words);

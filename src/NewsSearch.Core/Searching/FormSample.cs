namespace NewsSearch.Core.Searching;

/// <summary>An exact form in one index: how many articles hold it, and its <see cref="WrittenForms.Sampled"/> newest
/// with the words written for it (<see cref="WrittenForms.Sample"/>).</summary>
internal sealed record FormSample(int Articles, List<WrittenSample> Newest);

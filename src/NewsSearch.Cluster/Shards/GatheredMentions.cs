using NewsSearch.Core.People;

namespace NewsSearch.Cluster.Shards;

/// <summary>
/// A shard's articles naming a person, and how many mentions it gathered against the mention budget: the coordinator
/// adds them up and refuses as one index would past the budget's cap.
/// </summary>
internal sealed record GatheredMentions(List<ArticleMentions> Articles, int Gathered);

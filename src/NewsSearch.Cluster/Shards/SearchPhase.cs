namespace NewsSearch.Cluster.Shards;

/// <summary>Which query of a request a shard runs: the articles with all the words, or those with only some of them.</summary>
public enum SearchPhase
{
    AllWords,
    SomeWords,
}

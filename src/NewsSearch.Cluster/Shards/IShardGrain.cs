namespace NewsSearch.Cluster.Shards;

/// <summary>
/// One shard of the cluster (key: its number, 0..N-1), placed on a silo by Orleans. It owns a Lucene index under that
/// silo's data folder, kept up to date from the store, and answers the three steps of a cluster search.
/// </summary>
[Alias("NewsSearch.Shard")]
public interface IShardGrain : IGrainWithIntegerKey
{
    [Alias("Status")]
    Task<ShardStatus> Status();

    [Alias("Statistics")]
    Task<ShardStatistics> Statistics(ShardQuery query);

    [Alias("Search")]
    Task<ShardPage> Search(ShardQuery query, GlobalStatistics statistics);

    /// <summary>The hits for these article ids with their snippets, as JSON of Core's SearchHit list.</summary>
    [Alias("Hits")]
    Task<string> Hits(ShardQuery query, string[] ids, GlobalStatistics statistics);

    /// <summary>
    /// The index terms near a listed person's surname with their counts (Core's SpellingCandidate list). The people are
    /// the shipped list, extended by the user's file when one is sent.
    /// </summary>
    [Alias("SpellingCandidates")]
    Task<ShardAnswer> SpellingCandidates(string name, PeopleFile? people);

    /// <summary>
    /// The articles naming the person under the listed forms and these other spellings, within the mention budget (Core's
    /// MentionBudget as JSON), and how many mentions were gathered (<see cref="GatheredMentions"/>).
    /// </summary>
    [Alias("Mentions")]
    Task<ShardAnswer> Mentions(string name, string[] spellings, string[] stems, PeopleFile? people, string budgetJson);

    /// <summary>The terms the article's like-query weighs, with this shard's statistics; refused when it lacks the article.</summary>
    [Alias("RelatedTerms")]
    Task<ShardStatistics> RelatedTerms(string id);

    /// <summary>This shard's statistics of these terms.</summary>
    [Alias("TermStatistics")]
    Task<ShardStatistics> TermStatistics(TermStat[] terms);

    /// <summary>The article's like-query, weighed with the cluster's statistics.</summary>
    [Alias("RelatedLike")]
    Task<RelatedLike> RelatedLike(string id, GlobalStatistics statistics);

    /// <summary>The shard's articles most like it (a related request as JSON; its candidates as JSON).</summary>
    [Alias("RelatedSearch")]
    Task<ShardAnswer> RelatedSearch(string requestJson, WeightedTerm[] like, GlobalStatistics statistics);

    /// <summary>The shard's articles counted per outlet and day (Core's ArticleCounts).</summary>
    [Alias("Summary")]
    Task<ShardAnswer> Summary();

    /// <summary>The shard's outlets with their articles and days (Core's SourceInfo list).</summary>
    [Alias("Sources")]
    Task<ShardAnswer> Sources();

    /// <summary>One article with the marks of a query and the listed people it names; JSON null when the shard lacks it.</summary>
    [Alias("Article")]
    Task<ShardAnswer> Article(string id, string? query);

    /// <summary>Each listed person's mentions on this shard, by id.</summary>
    [Alias("MentionCounts")]
    Task<ShardAnswer> MentionCounts();

    /// <summary>Every outlet name this shard's articles are from (a string list): the search help's unknown outlets.</summary>
    [Alias("SourceNames")]
    Task<ShardAnswer> SourceNames();

    /// <summary>This shard's articles within a filter (Core's SearchFilter as JSON) naming a person in any of these forms.</summary>
    [Alias("ArticlesNaming")]
    Task<ShardAnswer> ArticlesNaming(string[][] forms, string filterJson);

    /// <summary>For each exact form, this shard's articles holding it in the title or body (an int list).</summary>
    [Alias("ArticlesWith")]
    Task<ShardAnswer> ArticlesWith(string[] forms);

    /// <summary>For each exact form, this shard's articles holding it and the newest of them with the words written for it (Core's FormSample list).</summary>
    [Alias("WrittenSamples")]
    Task<ShardAnswer> WrittenSamples(string[] forms);

    /// <summary>This shard's exact forms near a word as typed, with their counts per field (Core's NearForm list).</summary>
    [Alias("NearForms")]
    Task<ShardAnswer> NearForms(string form, double tolerance);
}

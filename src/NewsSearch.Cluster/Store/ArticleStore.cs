using Npgsql;
using NpgsqlTypes;
using NewsSearch.Core.Articles;

namespace NewsSearch.Cluster.Store;

/// <summary>
/// The PostgreSQL table of every article: the store of record, from which every shard can be rebuilt. Writes are
/// idempotent by id (the same content again changes nothing; new content gets a new sequence number) and come in
/// multi-row upserts, one transaction per batch.
/// </summary>
public sealed class ArticleStore(NpgsqlDataSource db, int shards)
{
    public const int DefaultBatchSize = 1000;

    public int Shards { get; } = shards;

    public static async Task<ArticleStore> OpenAsync(NpgsqlDataSource db, CancellationToken cancel = default) =>
        new(db, (await StoreSchema.ReadAsync(db, cancel)).Shards);

    /// <summary>Writes the articles in batches of <paramref name="batchSize"/>; a batch is stored whole or not at all.</summary>
    public async Task<StoreReport> WriteAsync(IEnumerable<Article> articles, int batchSize = DefaultBatchSize,
        IProgress<StoreReport>? progress = null, CancellationToken cancel = default)
    {
        var total = new StoreReport(0, 0, 0);
        foreach (var batch in articles.Chunk(batchSize))
        {
            total = total.Plus(await WriteBatchAsync(batch, cancel));
            progress?.Report(total);
        }
        return total;
    }

    /// <summary>
    /// One multi-row upsert. Batches are written one at a time (an advisory lock held to commit), so sequence numbers
    /// become visible in order: a shard that has read up to n never later meets a smaller one committed behind it.
    /// Within a batch the last copy of an id wins.
    /// </summary>
    private async Task<StoreReport> WriteBatchAsync(IReadOnlyList<Article> batch, CancellationToken cancel)
    {
        var unique = batch.GroupBy(a => a.Id, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        await using var connection = await db.OpenConnectionAsync(cancel);
        await using var tx = await connection.BeginTransactionAsync(cancel);
        await StoreSchema.LockAsync(connection, cancel);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO articles AS a (id, shard, source, published, published_text, title, body, url, abstract, content_hash)
            SELECT * FROM unnest(@id, @shard, @source, @published, @published_text, @title, @body, @url, @abstract, @hash)
            ON CONFLICT (id) DO UPDATE SET
                source = excluded.source, published = excluded.published, published_text = excluded.published_text,
                title = excluded.title, body = excluded.body, url = excluded.url, abstract = excluded.abstract,
                content_hash = excluded.content_hash, seq = nextval('article_seq'), stored_at = now()
            WHERE a.content_hash <> excluded.content_hash
            RETURNING (xmax = 0)
            """, connection);
        command.Parameters.Add(new NpgsqlParameter<string[]>("id", [.. unique.Select(a => a.Id)]));
        command.Parameters.Add(new NpgsqlParameter<int[]>("shard", [.. unique.Select(a => ShardHash.ShardOf(a.Id, Shards))]));
        command.Parameters.Add(Text("source", unique.Select(a => a.Source)));
        command.Parameters.Add(new NpgsqlParameter("published", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz)
        {
            Value = unique.Select(a => a.Published is { } p ? (object)p.UtcDateTime : DBNull.Value).ToArray(),
        });
        command.Parameters.Add(Text("published_text", unique.Select(a => a.PublishedText)));
        command.Parameters.Add(Text("title", unique.Select(a => a.Title)));
        command.Parameters.Add(Text("body", unique.Select(a => a.Body)));
        command.Parameters.Add(Text("url", unique.Select(a => a.Url)));
        command.Parameters.Add(Text("abstract", unique.Select(a => a.Abstract)));
        command.Parameters.Add(new NpgsqlParameter<byte[][]>("hash", [.. unique.Select(ContentHash.Of)]));
        int added = 0, changed = 0;
        await using (var reader = await command.ExecuteReaderAsync(cancel))
            while (await reader.ReadAsync(cancel))
                if (reader.GetBoolean(0)) added++; else changed++;
        await tx.CommitAsync(cancel);
        return new StoreReport(added, changed, batch.Count - added - changed);
    }

    private static NpgsqlParameter Text(string name, IEnumerable<string?> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values.Select(v => (object?)v ?? DBNull.Value).ToArray() };

    /// <summary>The shard's articles stored after sequence number <paramref name="after"/>, oldest first.</summary>
    public async Task<IReadOnlyList<StoredArticle>> ReadShardAsync(int shard, long after, int limit, CancellationToken cancel = default)
    {
        await using var command = db.CreateCommand(
            """
            SELECT id, source, published, published_text, title, body, url, abstract, seq FROM articles
            WHERE shard = @shard AND seq > @after ORDER BY seq LIMIT @limit
            """);
        command.Parameters.AddWithValue("shard", shard);
        command.Parameters.AddWithValue("after", after);
        command.Parameters.AddWithValue("limit", limit);
        var found = new List<StoredArticle>();
        await using var reader = await command.ExecuteReaderAsync(cancel);
        while (await reader.ReadAsync(cancel))
        {
            var article = new Article(reader.GetString(0), reader.GetString(4), reader.GetString(5))
            {
                Source = Nullable(reader, 1),
                Published = reader.IsDBNull(2) ? null : new DateTimeOffset(reader.GetFieldValue<DateTime>(2), TimeSpan.Zero),
                PublishedText = Nullable(reader, 3),
                Url = Nullable(reader, 6),
                Abstract = Nullable(reader, 7),
            };
            found.Add(new StoredArticle(article, reader.GetInt64(8)));
        }
        return found;
    }

    /// <summary>The highest sequence number stored for the shard (0 when it has no articles).</summary>
    public async Task<long> LastSeqAsync(int shard, CancellationToken cancel = default)
    {
        await using var command = db.CreateCommand("SELECT coalesce(max(seq), 0) FROM articles WHERE shard = @shard");
        command.Parameters.AddWithValue("shard", shard);
        return (long)(await command.ExecuteScalarAsync(cancel))!;
    }

    /// <summary>How many articles the store holds.</summary>
    public async Task<long> CountAsync(CancellationToken cancel = default)
    {
        await using var command = db.CreateCommand("SELECT count(*) FROM articles");
        return (long)(await command.ExecuteScalarAsync(cancel))!;
    }

    private static string? Nullable(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}

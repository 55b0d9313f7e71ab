using Npgsql;

namespace NewsSearch.Cluster.Store;

/// <summary>
/// The store's tables, created and upgraded by the program (<c>newssearch cluster init</c>), never by hand. Each entry
/// of <see cref="Migrations"/> moves the schema one version on; the version reached and the shard count are kept in
/// <c>newssearch_cluster</c>. The shard count is fixed at the first init: articles are placed by it.
/// </summary>
public static class StoreSchema
{
    public const int DefaultShards = 8;
    public const int MaxShards = 1024;
    public const string DefaultMembership = "127.0.0.1:6379";

    private const string ConfigTable = "newssearch_cluster";
    /// <summary>Serialises concurrent inits (and article writes, see <see cref="ArticleStore"/>).</summary>
    private const long InitLock = 0x4E53_0001;

    private static readonly string[] Migrations =
    [
        // 1: the store of record. seq grows with every new or changed article; shards catch up by it.
        """
        CREATE SEQUENCE article_seq;
        CREATE TABLE articles (
            id             text        PRIMARY KEY,
            shard          integer     NOT NULL,
            seq            bigint      NOT NULL DEFAULT nextval('article_seq') UNIQUE,
            source         text,
            published      timestamptz,
            published_text text,
            title          text        NOT NULL,
            body           text        NOT NULL,
            url            text,
            abstract       text,
            content_hash   bytea       NOT NULL,
            stored_at      timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX articles_shard_seq ON articles (shard, seq);
        """,
    ];

    public static int CurrentVersion => Migrations.Length;

    /// <summary>Creates or upgrades the schema; returns what the store holds afterwards.</summary>
    /// <exception cref="ClusterException">The store was initialised with another shard count, or by a newer NewsSearch.</exception>
    /// <param name="membership">The Redis server (host:port) through which the silos find each other (Orleans' Redis clustering).</param>
    public static async Task<ClusterInfo> InitAsync(NpgsqlDataSource db, int shards, string membership = DefaultMembership,
        CancellationToken cancel = default)
    {
        if (shards is < 1 or > MaxShards) throw new ClusterException($"--shards must be between 1 and {MaxShards}, not {shards}");
        await using var connection = await db.OpenConnectionAsync(cancel);
        await using var tx = await connection.BeginTransactionAsync(cancel);
        await LockAsync(connection, cancel);
        await Execute(connection, $"CREATE TABLE IF NOT EXISTS {ConfigTable} (key text PRIMARY KEY, value text NOT NULL)", cancel);
        var config = await ReadConfig(connection, cancel);
        var version = config.TryGetValue("schema_version", out var v) ? int.Parse(v) : 0;
        if (version > CurrentVersion)
            throw new ClusterException($"the store has schema version {version}, " +
                $"this NewsSearch knows up to {CurrentVersion}: upgrade NewsSearch");
        if (config.TryGetValue("shards", out var existing) && int.Parse(existing) != shards)
            throw new ClusterException($"the store was initialised with {existing} shards, not {shards}: " +
                "the shard count is fixed once articles are placed");
        for (var next = version; next < CurrentVersion; next++) await Execute(connection, Migrations[next], cancel);
        await SetConfig(connection, "schema_version", CurrentVersion.ToString(), cancel);
        await SetConfig(connection, "shards", shards.ToString(), cancel);
        await SetConfig(connection, "membership", membership, cancel);
        await tx.CommitAsync(cancel);
        return new ClusterInfo(CurrentVersion, shards, membership);
    }

    /// <summary>What the store named by a connection string holds (a node and a client start from it).</summary>
    /// <exception cref="ClusterException">Not a connection string, the store is unreachable, or not initialised.</exception>
    public static async Task<ClusterInfo> ReadAsync(string store, CancellationToken cancel = default)
    {
        using var db = StoreConnection.Open(store);
        return await StoreConnection.Guard(() => ReadAsync(db, cancel));
    }

    /// <summary>The schema version and shard count of an initialised store.</summary>
    /// <exception cref="ClusterException">The store was not initialised, or by another version.</exception>
    public static async Task<ClusterInfo> ReadAsync(NpgsqlDataSource db, CancellationToken cancel = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancel);
        await using (var exists = new NpgsqlCommand($"SELECT to_regclass('{ConfigTable}') IS NOT NULL", connection))
            if (!(bool)(await exists.ExecuteScalarAsync(cancel))!)
                throw new ClusterException("the store has no NewsSearch cluster: run `newssearch cluster init --db CONN` first");
        var config = await ReadConfig(connection, cancel);
        var version = int.Parse(config.GetValueOrDefault("schema_version", "0"));
        if (version != CurrentVersion)
            throw new ClusterException($"the store has schema version {version}, " +
                $"this NewsSearch uses {CurrentVersion}: run `newssearch cluster init`");
        return new ClusterInfo(version, int.Parse(config["shards"]), config.GetValueOrDefault("membership", DefaultMembership));
    }

    private static async Task<Dictionary<string, string>> ReadConfig(NpgsqlConnection connection, CancellationToken cancel)
    {
        var config = new Dictionary<string, string>();
        await using var command = new NpgsqlCommand($"SELECT key, value FROM {ConfigTable}", connection);
        await using var reader = await command.ExecuteReaderAsync(cancel);
        while (await reader.ReadAsync(cancel)) config[reader.GetString(0)] = reader.GetString(1);
        return config;
    }

    private static async Task SetConfig(NpgsqlConnection connection, string key, string value, CancellationToken cancel)
    {
        await using var command = new NpgsqlCommand(
            $"INSERT INTO {ConfigTable} (key, value) VALUES (@key, @value) " +
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value", connection);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("value", value);
        await command.ExecuteNonQueryAsync(cancel);
    }

    /// <summary>
    /// Takes the store's one advisory lock until the transaction ends: schema changes and article batches are written
    /// one at a time, so sequence numbers become visible in order.
    /// </summary>
    internal static Task LockAsync(NpgsqlConnection connection, CancellationToken cancel) =>
        Execute(connection, $"SELECT pg_advisory_xact_lock({InitLock})", cancel);

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken cancel)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancel);
    }
}

using Npgsql;

namespace NewsSearch.Cluster.Store;

/// <summary>Opens the store named by a PostgreSQL connection string (<c>--db</c> / <c>--cluster</c>).</summary>
public static class StoreConnection
{
    /// <exception cref="ClusterException">The text is not a connection string.</exception>
    public static NpgsqlDataSource Open(string connectionString)
    {
        try
        {
            var builder = new NpgsqlDataSourceBuilder(connectionString);
            builder.ConnectionStringBuilder.ApplicationName ??= "newssearch";
            return builder.Build();
        }
        catch (ArgumentException e)
        {
            throw new ClusterException($"not a PostgreSQL connection string (Host=...;Port=...;Username=...;Database=...): {e.Message}", e);
        }
    }

    /// <summary>Runs a store operation, turning an unreachable or failing server into one clear <see cref="ClusterException"/>.</summary>
    public static async Task<T> Guard<T>(Func<Task<T>> body)
    {
        try
        {
            return await body();
        }
        catch (NpgsqlException e)
        {
            throw new ClusterException($"the store failed: {e.Message}", e);
        }
    }
}

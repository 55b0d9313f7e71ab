using NewsSearch.Testing;
using Npgsql;

namespace NewsSearch.Cluster.Tests.Support;

/// <summary>
/// The PostgreSQL server the cluster tests use, named by $NEWSSEARCH_TEST_POSTGRES (a connection string; .ci/run
/// starts a throwaway server and sets it). Each <see cref="TestDatabase"/> is a fresh database on it, dropped after.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "NEWSSEARCH_TEST_POSTGRES";

    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Why cluster tests are skipped here; null when they run. On CI they never skip: they fail instead.</summary>
    public static string? SkipReason =>
        Server is null && Environment.GetEnvironmentVariable("CI") is null
            ? $"no PostgreSQL server for the cluster tests: start one with `.ci/postgres start DIR` and set {Variable} to the line it prints"
            : null;
}

/// <summary>A fact that needs the test PostgreSQL server; skipped with the reason when none is given (never on CI).</summary>
public sealed class ClusterFactAttribute : FactAttribute
{
    public ClusterFactAttribute()
    {
        if (TestPostgres.SkipReason is not { } reason) return;
        Skip = reason;
        SkipReasons.Record(reason);
    }
}

/// <summary>A new, empty database on the test server, dropped on dispose.</summary>
public sealed class TestDatabase : IAsyncDisposable, IDisposable
{
    private readonly string admin;

    public TestDatabase()
    {
        admin = TestPostgres.Server ?? throw new InvalidOperationException($"{TestPostgres.Variable} is not set (run the tests through .ci/run)");
        Name = "newssearch_test_" + Guid.NewGuid().ToString("N")[..12];
        using (var server = NpgsqlDataSource.Create(admin))
        using (var create = server.CreateCommand($"CREATE DATABASE {Name}"))
            create.ExecuteNonQuery();
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = Name }.ConnectionString;
        DataSource = NpgsqlDataSource.Create(ConnectionString);
    }

    public string Name { get; }
    public string ConnectionString { get; }
    public NpgsqlDataSource DataSource { get; }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var server = NpgsqlDataSource.Create(admin);
        await using var drop = server.CreateCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
        await drop.ExecuteNonQueryAsync();
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}

/// <summary>A theory that needs the test PostgreSQL server; skipped like <see cref="ClusterFactAttribute"/>.</summary>
public sealed class ClusterTheoryAttribute : TheoryAttribute
{
    public ClusterTheoryAttribute()
    {
        if (TestPostgres.SkipReason is not { } reason) return;
        Skip = reason;
        SkipReasons.Record(reason);
    }
}

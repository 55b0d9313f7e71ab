using Lucene.Net.Index;
using Lucene.Net.Store;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Articles;

namespace NewsSearch.Core.Indexing;

/// <summary>An index folder on disk: opening, compatibility checks, writers and readers.</summary>
public sealed class NewsIndex : IDisposable
{
    internal const string AnalysisVersionKey = "analysis_version";
    internal const string BuiltFromKey = "built_from";
    internal const string BuiltFromSeeds = "seeds";

    private NewsIndex(string path, FSDirectory directory)
    {
        Path = path;
        Directory = directory;
    }

    public string Path { get; }
    public FSDirectory Directory { get; }

    private readonly System.Threading.Lock opening = new();
    private readonly Dictionary<Type, object> sharedParts = [];

    /// <summary>
    /// The one <typeparamref name="T"/> every reader of this index shares (the searcher, the user's spelling variants),
    /// made by <paramref name="create"/> on first use and disposed with the index. The layers above hand in how to make
    /// it, so the index knows nothing of ranking.
    /// </summary>
    internal T Shared<T>(Func<NewsIndex, T> create) where T : class
    {
        lock (opening)
        {
            if (!sharedParts.TryGetValue(typeof(T), out var part)) sharedParts[typeof(T)] = part = create(this);
            return (T)part;
        }
    }

    /// <summary>The shipped spelling variants plus this index folder's <c>variants.txt</c>, if any: read once, on first use.</summary>
    public SpellingVariants SpellingVariants =>
        Shared(index => SpellingVariants.Load(System.IO.Path.Combine(index.Path, SpellingVariants.UserFileName)));

    /// <summary>True once the folder holds at least one committed index.</summary>
    public bool HasCommit => DirectoryReader.IndexExists(Directory);

    /// <summary>
    /// Opens (creating if need be) the index folder. Not <see cref="FSDirectory.Open(string)"/>, which picks
    /// Lucene.Net's <see cref="MMapDirectory"/> here: it reads byte by byte through a mapped buffer and registers
    /// every clone of every file in one shared table, so searching through it was 2–3× slower on one thread and did
    /// not scale to two (docs/performance.md, "What made search faster").
    /// </summary>
    public static NewsIndex Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        System.IO.Directory.CreateDirectory(full);
        return new NewsIndex(full, new SimpleFSDirectory(full, new ProcessExclusiveLockFactory(full)));
    }

    /// <summary>
    /// Opens the index a read command or the API searches: the folder the user chose (<c>--index</c> or
    /// <c>$NEWSSEARCH_INDEX</c>) must already hold an index (<see cref="OpenExisting"/>); with no choice, the default
    /// location (<see cref="IndexLocation.Builtin"/>) builds itself from the seed articles (<see cref="OpenForSearch"/>).
    /// </summary>
    public static NewsIndex OpenForReading(string? chosenPath, Action<string>? onSeeded = null) =>
        chosenPath is null ? OpenForSearch(IndexLocation.Builtin(), onSeeded) : OpenExisting(chosenPath);

    /// <summary>
    /// Opens a folder that must hold an index: a missing or empty folder is an error that names the command creating
    /// one (a mistyped path must not quietly answer from a new, nearly empty index), and nothing is created.
    /// </summary>
    public static NewsIndex OpenExisting(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (System.IO.File.Exists(full)) throw new IndexMissingException($"{full} is a file, not an index folder");
        if (!System.IO.Directory.Exists(full)) throw IndexMissingException.At(full);
        var index = Open(full);
        try
        {
            if (!index.HasCommit) throw IndexMissingException.At(full);
            index.EnsureCompatible();
            return index;
        }
        catch
        {
            index.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens the index for searching. An empty folder is first filled with the seed articles (and
    /// <paramref name="onSeeded"/> told the folder); an index built from the seeds by an older analysis is rebuilt;
    /// any other incompatible index is refused.
    /// </summary>
    public static NewsIndex OpenForSearch(string path, Action<string>? onSeeded = null)
    {
        var index = Open(path);
        try
        {
            if (!index.HasCommit || (index.IsSeedIndex && !index.IsCompatible))
            {
                ArticleIndexer.Run(index, ArticleReader.ReadSeeds(), new IndexRunOptions { Rebuild = true, FromSeeds = true });
                onSeeded?.Invoke(index.Path);
            }
            index.EnsureCompatible();
            return index;
        }
        catch
        {
            index.Dispose();
            throw;
        }
    }

    public IReadOnlyDictionary<string, string> CommitData =>
        HasCommit ? SegmentInfosUserData() : new Dictionary<string, string>();

    public bool IsCompatible => !HasCommit || CommitData.GetValueOrDefault(AnalysisVersionKey) == NewsAnalyzer.Version;

    private bool IsSeedIndex => CommitData.GetValueOrDefault(BuiltFromKey) == BuiltFromSeeds;

    public void EnsureCompatible()
    {
        if (IsCompatible) return;
        var found = CommitData.GetValueOrDefault(AnalysisVersionKey) ?? "none";
        throw new IndexIncompatibleException(
            $"the index at {Path} was built with analysis version {found}, this NewsSearch uses {NewsAnalyzer.Version}: " +
            $"rebuild it with `newssearch index --rebuild --index {Path} FILES...`");
    }

    public DirectoryReader OpenReader() => DirectoryReader.Open(Directory);

    public IndexStats Stats()
    {
        using var reader = OpenReader();
        var terms = IndexSchema.TextFields.Sum(field => CountTerms(reader, field));
        var bytes = Directory.ListAll().Sum(name => new FileInfo(System.IO.Path.Combine(Path, name)).Length);
        return new IndexStats(reader.NumDocs, terms, bytes, CommitData.GetValueOrDefault(AnalysisVersionKey) ?? "none");
    }

    private static long CountTerms(IndexReader reader, string field)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null) return 0;
        var it = terms.GetEnumerator();
        long count = 0;
        while (it.MoveNext()) count++;
        return count;
    }

    private Dictionary<string, string> SegmentInfosUserData()
    {
        var infos = new SegmentInfos();
        infos.Read(Directory);
        return new Dictionary<string, string>(infos.UserData);
    }

    public void Dispose()
    {
        lock (opening)
            foreach (var part in sharedParts.Values.OfType<IDisposable>()) part.Dispose();
        Directory.Dispose();
    }
}

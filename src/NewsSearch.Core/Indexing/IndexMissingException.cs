namespace NewsSearch.Core.Indexing;

/// <summary>A folder the user named holds no index.</summary>
public sealed class IndexMissingException(string message) : Exception(message)
{
    internal static IndexMissingException At(string path) => new(
        $"no index in {path}: create one with `newssearch index --index {path} FILES...` " +
        "(or leave out --index and NEWSSEARCH_INDEX to use the default index, built from the seed articles)");
}

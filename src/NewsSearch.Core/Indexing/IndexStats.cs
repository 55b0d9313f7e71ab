using Lucene.Net.Index;

namespace NewsSearch.Core.Indexing;

public sealed record IndexStats(int Articles, long Terms, long BytesOnDisk, string AnalysisVersion);

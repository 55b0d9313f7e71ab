using NewsSearch.Core.Snippets;

namespace NewsSearch.Core.People;

public sealed record VariantExample(string ArticleId, string Field, Snippet Sentence);

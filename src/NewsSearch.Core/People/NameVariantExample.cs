using NewsSearch.Core.Snippets;

namespace NewsSearch.Core.People;

public sealed record NameVariantExample(string ArticleId, string Field, Snippet Sentence);

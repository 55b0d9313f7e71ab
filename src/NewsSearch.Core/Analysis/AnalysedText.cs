using Lucene.Net.Analysis;

namespace NewsSearch.Core.Analysis;

/// <summary>One text's tokens for each of its three index fields.</summary>
internal readonly record struct AnalysedText(TokenStream Stemmed, TokenStream Exact, TokenStream Grams);

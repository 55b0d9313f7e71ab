namespace NewsSearch.Core.People;

/// <summary>
/// An index term that may be another spelling of the name: the term as indexed, the clitic prefix read off it,
/// the <see cref="SpellingDistance"/> of the rest to the closest target, how often it occurs, in how many articles,
/// whether the people list already has it, and one sentence that uses it.
/// </summary>
public sealed record NameVariant(
    string Term, string Prefix, string Target, double Distance, long Count, int Articles, bool Known, NameVariantExample? Example);

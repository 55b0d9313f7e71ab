namespace NewsSearch.Core.People;

/// <summary>The spellings close to a name; <see cref="Targets"/> are the words they were compared with.</summary>
public sealed record NameVariantReport(PersonForms Person, IReadOnlyList<string> Targets, IReadOnlyList<NameVariant> Variants);

namespace NewsSearch.Core.Articles;

/// <summary>An outlet as articles name it (<see cref="Code"/>, e.g. <c>okaz</c>) and as people know it, in Arabic and in Latin
/// letters.</summary>
public sealed record NewsSource(string Code, string NameAr, string NameEn);

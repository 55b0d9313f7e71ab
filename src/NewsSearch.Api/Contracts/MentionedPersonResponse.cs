namespace NewsSearch.Api.Contracts;

/// <summary>A person on the people list whom the article names, <paramref name="Mentions"/> times.</summary>
public sealed record MentionedPersonResponse(string Id, string NameAr, string NameEn, int Mentions);

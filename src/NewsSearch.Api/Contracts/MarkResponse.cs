namespace NewsSearch.Api.Contracts;

public sealed record MarkResponse(int Start, int Length);

namespace NewsSearch.Core.Searching;

/// <summary>What a front end calls each part of a <see cref="RequestedSearch"/>, so that a refusal names it as the user wrote it.</summary>
public sealed record RequestNames(string Query, string Page, string Size, string Sources, string From, string To, string Sort)
{
    /// <summary>The API's parameters.</summary>
    public static readonly RequestNames Api = new("q", "page", "size", "source", "from", "to", "sort");

    /// <summary>The CLI's argument and options.</summary>
    public static readonly RequestNames Cli = new("query", "--page", "--top", "--source", "--from", "--to", "--sort");
}

namespace NewsSearch.Core.Searching;

/// <summary>A query the user wrote that cannot be run; the message is one line meant for the user.</summary>
public sealed class QuerySyntaxException(string message) : Exception(message);

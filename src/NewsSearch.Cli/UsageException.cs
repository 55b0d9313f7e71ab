namespace NewsSearch.Cli;

/// <summary>Input the user gave that a command cannot accept.</summary>
public sealed class UsageException(string message) : Exception(message);

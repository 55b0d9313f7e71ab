namespace NewsSearch.Core.People;

/// <summary>A people list or a person's name that cannot be used; the message is one line meant for the user.</summary>
public class PeopleException(string message) : Exception(message);

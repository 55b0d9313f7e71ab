namespace NewsSearch.Core;

/// <summary>The names the project file gives the data files it embeds (NewsSearch.Core.csproj, LogicalName), for every reader of
/// them.</summary>
internal static class EmbeddedResources
{
    /// <summary>The shipped people list, People/people.json: read by the people list and, for the protected names, by the
    /// analysis.</summary>
    public const string PeopleList = "people/people.json";
}

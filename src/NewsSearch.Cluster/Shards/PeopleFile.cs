using NewsSearch.Core.People;

namespace NewsSearch.Cluster.Shards;

/// <summary>
/// A user's people file as sent to the shards (its name, for errors, and its contents), so that they load the same
/// list as the coordinator: the shipped list extended by the file, as one index's <c>--people FILE</c> does.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PeopleFile([property: Id(0)] string Name, [property: Id(1)] byte[] Json)
{
    /// <summary>What to send for a list: null for the shipped list alone.</summary>
    public static PeopleFile? Of(PeopleList people) => people.UserFile is { } file ? new PeopleFile(file.Name, file.Json) : null;

    /// <summary>The list a shard uses for what it was sent.</summary>
    public static PeopleList ListOf(PeopleFile? file) => file is null ? PeopleList.Shipped : PeopleList.Load(file.Name, file.Json);
}

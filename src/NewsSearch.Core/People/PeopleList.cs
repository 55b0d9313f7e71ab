using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Json.Serialization;
using NewsSearch.Core.Analysis;

namespace NewsSearch.Core.People;

/// <summary>
/// The people NewsSearch knows by name: the list shipped inside the assembly, optionally extended by the
/// user's own file of the same shape (a person there with a shipped id replaces the shipped entry).
/// </summary>
public sealed class PeopleList
{
    private const string ShippedResource = EmbeddedResources.PeopleList;
    private static readonly Lazy<PeopleList> ShippedList = new(() => new PeopleList(ReadShipped()));

    private readonly Dictionary<string, List<Person>> byKey = new(StringComparer.Ordinal);

    private PeopleList(IReadOnlyList<Person> people)
    {
        People = people;
        foreach (var person in people)
            foreach (var key in person.Names.Prepend(person.Id).Select(NameForms.Key).Where(k => k.Length > 0).Distinct())
            {
                if (!byKey.TryGetValue(key, out var owners)) byKey[key] = owners = [];
                owners.Add(person);
            }
    }

    public static PeopleList Shipped => ShippedList.Value;

    public IReadOnlyList<Person> People { get; }

    /// <summary>The shipped list, extended by <paramref name="userFile"/> when one is given.</summary>
    public static PeopleList Load(string? userFile)
    {
        if (userFile is null) return Shipped;
        byte[] bytes;
        try { bytes = File.ReadAllBytes(userFile); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PeopleFileException(userFile, null, $"cannot read it ({e.Message})");
        }
        return Load(userFile, bytes);
    }

    /// <summary>The shipped list, extended by the contents of a people file (as a cluster's shards receive it).</summary>
    public static PeopleList Load(string userFile, byte[] json)
    {
        var own = Parse(userFile, json);
        var ownIds = own.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        return new PeopleList([.. Shipped.People.Where(p => !ownIds.Contains(p.Id)), .. own]) { UserFile = (userFile, json) };
    }

    /// <summary>The user's file this list adds to the shipped one (its name and contents); null for the shipped list alone.</summary>
    public (string Name, byte[] Json)? UserFile { get; private init; }

    /// <summary>
    /// The person whose id, name or alias is <paramref name="name"/> (any case, diacritics, clitic prefix),
    /// or null when nobody on the list is called so. An id wins over another person's alias.
    /// </summary>
    /// <exception cref="PeopleException">The name belongs to more than one person.</exception>
    public Person? Find(string name)
    {
        var key = NameForms.Key(name);
        if (key.Length == 0) return null;
        if (People.FirstOrDefault(p => p.Id == key) is { } byId) return byId;
        var owners = byKey.GetValueOrDefault(key) ?? WithoutClitic(key);
        return owners switch
        {
            null or [] => null,
            [var one] => one,
            _ => throw new PeopleException(
                $"\"{name}\" names more than one person ({string.Join(", ", owners.Select(p => p.Id))}): use the id"),
        };
    }

    private List<Person>? WithoutClitic(string key)
    {
        var words = key.Split(' ');
        return ArabicAffixes.SplitClitics(words[0]).Skip(1)
            .Select(split => byKey.GetValueOrDefault(string.Join(' ', [split.Stem, .. words.Skip(1)])))
            .FirstOrDefault(owners => owners is not null);
    }

    internal static IReadOnlyList<Person> Parse(string file, byte[] json)
    {
        PeopleFileJson? parsed;
        try { parsed = JsonSerializer.Deserialize<PeopleFileJson>(json, JsonOptions); }
        catch (JsonException e)
        {
            throw new PeopleFileException(file, e.LineNumber + 1, Describe(e));
        }
        if (parsed?.People is not { } people) throw new PeopleFileException(file, 1, "expected an object with a \"people\" array");
        var duplicate = people.GroupBy(p => p.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new PeopleFileException(file, LineOfSecondId(json, duplicate.Key), $"the id \"{duplicate.Key}\" is given twice");
        return people.Select(p => new Person(p.Id, p.NameEn, p.NameAr, p.Role, p.Aliases ?? [])
        {
            FirstNames = p.FirstNames ?? [],
            Roles = p.Roles ?? [],
            Context = p.Context ?? [],
            Namesakes = (p.Namesakes ?? []).Select(n => new Namesake(n.Name)
            {
                FirstNames = n.FirstNames ?? [], NextWords = n.NextWords ?? [], Roles = n.Roles ?? [],
            }).ToList(),
            CommonWord = p.CommonWord ?? false,
        }).ToList();
    }

    private static long? LineOfSecondId(byte[] json, string id)
    {
        var text = System.Text.Encoding.UTF8.GetString(json);
        var second = Regex.Matches(text, $"\"id\"\\s*:\\s*\"{Regex.Escape(id)}\"").Skip(1).FirstOrDefault();
        return second is null ? null : text[..second.Index].Count(c => c == '\n') + 1;
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>The serializer's message without type names and its own position suffix, plus the JSON path.</summary>
    private static string Describe(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        var missing = Regex.Match(message, "missing required properties including: '([^']+)'");
        if (missing.Success) message = $"\"{missing.Groups[1].Value}\" is missing";
        else if (message.Contains("doesn't allow null values")) message = "this value must not be null";
        else if (message.Contains(nameof(PeopleFileJson))) message = "expected an object { \"people\": [ ... ] }";
        else if (message.Contains(nameof(PersonJson)))
            message = "expected a person object { \"id\": ..., \"name_en\": ..., \"name_ar\": ... }";
        return e.Path is { Length: > 1 } path ? $"{message} (at {path})" : message;
    }

    private static IReadOnlyList<Person> ReadShipped()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ShippedResource)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return Parse(ShippedResource, copy.ToArray());
    }

    private sealed record PeopleFileJson(IReadOnlyList<PersonJson> People);

    private sealed record PersonJson(string Id, string NameEn, string NameAr, string? Role = null, IReadOnlyList<string>? Aliases = null,
        IReadOnlyList<string>? FirstNames = null, IReadOnlyList<string>? Roles = null, IReadOnlyList<string>? Context = null,
        IReadOnlyList<NamesakeJson>? Namesakes = null, bool? CommonWord = null)
        : IJsonOnDeserialized
    {
        public void OnDeserialized()
        {
            if (!IsIdentifier(Id)) Fail($"\"id\" must be lower-case letters, digits and '-', not \"{Id}\"");
            if (NameForms.Key(NameEn).Length == 0) Fail($"\"name_en\" of \"{Id}\" has no letters");
            if (NameForms.Key(NameAr).Length == 0) Fail($"\"name_ar\" of \"{Id}\" has no letters");
            if (Aliases?.FirstOrDefault(a => NameForms.Key(a ?? "").Length == 0) is { } empty)
                Fail($"an alias of \"{Id}\" has no letters: \"{empty}\"");
            RequireWords(FirstNames, $"a first name of \"{Id}\"");
            RequireWords(Roles, $"a role of \"{Id}\"");
            RequireWords(Context, $"a context word of \"{Id}\"");
            if (Namesakes?.Any(n => n is null) == true) Fail($"a namesake of \"{Id}\" is null");
        }

        private static bool IsIdentifier(string id) =>
            id.Length > 0 && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
    }

    /// <summary>Someone else with the person's surname: a name (for the reason shown) and the words that mark them.</summary>
    private sealed record NamesakeJson(string Name, IReadOnlyList<string>? FirstNames = null, IReadOnlyList<string>? NextWords = null,
        IReadOnlyList<string>? Roles = null) : IJsonOnDeserialized
    {
        public void OnDeserialized()
        {
            if (Name.Trim().Length == 0) Fail("a namesake's \"name\" is empty");
            if ((FirstNames?.Count ?? 0) + (NextWords?.Count ?? 0) + (Roles?.Count ?? 0) == 0)
                Fail($"the namesake \"{Name}\" has no \"first_names\", \"next_words\" or \"roles\" to tell them apart");
            RequireWords(FirstNames, $"a first name of the namesake \"{Name}\"");
            RequireWords(NextWords, $"a next word of the namesake \"{Name}\"");
            RequireWords(Roles, $"a role of the namesake \"{Name}\"");
        }
    }

    /// <summary>Every entry must have a word the exact fields index (an entry of only punctuation can never match).</summary>
    private static void RequireWords(IReadOnlyList<string>? entries, string what)
    {
        if (entries?.FirstOrDefault(e => NameForms.Tokens(e ?? "").Count == 0) is { } empty) Fail($"{what} has no letters: \"{empty}\"");
    }

    // The serializer adds the line and path of the object being read to a JsonException thrown here.
    private static void Fail(string problem) => throw new JsonException(problem);
}

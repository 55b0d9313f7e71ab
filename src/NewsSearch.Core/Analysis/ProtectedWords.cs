using System.Reflection;
using System.Text.Json;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// Names and words the stemmer must never cut (ويتكوف, بوتين, ميامي, واشنطن ...): every Arabic word of the
/// names, aliases and first names on the shipped people list (People/people.json),
/// plus every line of the embedded resources under <see cref="ResourcePrefix"/> (Resources/protected/*.txt: places
/// and people who are not on the list). A name is kept in one of the two, never both; the analysis version changes
/// with the words.
/// </summary>
internal static class ProtectedWords
{
    public const string ResourcePrefix = "analysis/protected/";

    /// <summary>The protected words as written, read once: the people list's first, then the files'.</summary>
    private static readonly IReadOnlyList<string> lines = [.. PeopleNameWords().Concat(WordsAndStems.ResourceLines(ResourcePrefix))];

    public static WordsAndStems Default { get; } = WordsAndStems.From(lines);

    /// <summary>The protected words as written: the people list's first, then the files'.</summary>
    internal static IEnumerable<string> Lines() => lines;

    /// <summary>
    /// The Arabic words of every person's <c>name_ar</c>, <c>aliases</c> and <c>first_names</c> in the shipped list. Read
    /// from the file itself rather than through the people list (People/PeopleList), whose name forms need this analysis.
    /// </summary>
    internal static IEnumerable<string> PeopleNameWords()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(EmbeddedResources.PeopleList)!;
        using var json = JsonDocument.Parse(
            stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var words = new List<string>();
        foreach (var person in json.RootElement.GetProperty("people").EnumerateArray())
        {
            var names = new[] { "aliases", "first_names" }
                .SelectMany(field => person.TryGetProperty(field, out var list) ? list.EnumerateArray().Select(n => n.GetString()!) : [])
                .Prepend(person.GetProperty("name_ar").GetString()!);
            words.AddRange(names.SelectMany(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(ArabicAffixes.IsArabic));
        }
        return words.Distinct(StringComparer.Ordinal);
    }
}

using System.Text.Json;

namespace NewsSearch.Core.Articles;

/// <summary>
/// Turns one JSON Lines record into an article. Accepts the field names real dumps use:
/// <c>published</c> or <c>date</c>, and keeps <c>abstract</c>, <c>source</c>, <c>url</c>.
/// </summary>
public static class JsonLinesArticleParser
{
    /// <summary>Id and source are indexed whole, as one term; Lucene fails a whole run on a term over 32 KB.</summary>
    public const int MaxKeyLength = 512;

    public static ReadOutcome Parse(string file, int lineNumber, ReadOnlyMemory<byte> line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                return ReadOutcome.Skip(file, lineNumber, "not a JSON object");
            return FromObject(file, lineNumber, doc.RootElement);
        }
        catch (JsonException e)
        {
            return ReadOutcome.Skip(file, lineNumber, $"not valid JSON ({FirstSentence(e.Message)})");
        }
        catch (ArgumentException)
        {
            return ReadOutcome.Skip(file, lineNumber, "not UTF-8 text");
        }
    }

    private static ReadOutcome FromObject(string file, int lineNumber, JsonElement obj)
    {
        var id = Text(obj, "id");
        var title = Text(obj, "title")?.Trim() ?? "";
        var body = Text(obj, "body")?.Trim();
        if (string.IsNullOrWhiteSpace(id)) return ReadOutcome.Skip(file, lineNumber, "missing \"id\"");
        if (string.IsNullOrWhiteSpace(body)) return ReadOutcome.Skip(file, lineNumber, $"article {id}: missing \"body\"");
        if (id.Length > MaxKeyLength || Text(obj, "source")?.Length > MaxKeyLength)
            return ReadOutcome.Skip(file, lineNumber, $"\"id\" or \"source\" longer than {MaxKeyLength} characters");
        var dateText = Text(obj, "published") ?? Text(obj, "date");
        return ReadOutcome.Of(new Article(id.Trim(), title, body)
        {
            Source = Text(obj, "source"),
            PublishedText = dateText,
            Published = PublishedDate.TryParse(dateText),
            Url = Text(obj, "url"),
            Abstract = Text(obj, "abstract"),
        });
    }

    private static string? Text(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message.TrimEnd('.');
    }
}

using System.Text;
using System.Text.Json;

namespace NewsSearch.Core.Articles;

/// <summary>
/// Turns one JSON Lines record into an article. Accepts the field names real dumps use:
/// <c>published</c> or <c>date</c>, and keeps <c>abstract</c>, <c>source</c>, <c>url</c>. Title and body are cleaned of
/// the feed's HTML (<see cref="FeedText"/>).
/// A stray invalid UTF-8 byte or a lone surrogate escape is repaired (<see cref="TextRepair"/>), not fatal.
/// </summary>
internal static class JsonLinesArticleParser
{
    /// <summary>Id and source are indexed whole, as one term; Lucene fails a whole run on a term over 32 KB.</summary>
    public const int MaxKeyLength = 512;

    public static ReadOutcome Parse(string file, int lineNumber, ReadOnlyMemory<byte> line)
    {
        if (TextRepair.RepairUtf8(line.Span, out var invalidUtf8) is { } text)
        {
            if (!TextRepair.IsRepairable(invalidUtf8, line.Length))
                return ReadOutcome.Skip(file, lineNumber, "not UTF-8 text");
            line = Encoding.UTF8.GetBytes(text);
        }
        try
        {
            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                return ReadOutcome.Skip(file, lineNumber, "not a JSON object");
            var loneSurrogates = 0;
            var outcome = FromObject(file, lineNumber, doc.RootElement, ref loneSurrogates);
            return TextRepair.Noted(outcome, file, lineNumber, invalidUtf8, loneSurrogates);
        }
        catch (JsonException e)
        {
            return ReadOutcome.Skip(file, lineNumber, $"not valid JSON ({FirstSentence(e.Message)})", "not valid JSON");
        }
        catch (ArgumentException)
        {
            return ReadOutcome.Skip(file, lineNumber, "not UTF-8 text");
        }
    }

    private static ReadOutcome FromObject(string file, int lineNumber, JsonElement obj, ref int loneSurrogates)
    {
        var id = Text(obj, "id", ref loneSurrogates);
        var title = FeedText.CleanLine(Text(obj, "title", ref loneSurrogates) ?? "");
        var body = Text(obj, "body", ref loneSurrogates) is { } raw ? FeedText.Clean(raw).Trim() : null;
        var source = Text(obj, "source", ref loneSurrogates);
        if (string.IsNullOrWhiteSpace(id)) return ReadOutcome.Skip(file, lineNumber, "missing \"id\"");
        if (string.IsNullOrWhiteSpace(body))
            return ReadOutcome.Skip(file, lineNumber, $"article {id}: missing \"body\"", "missing \"body\"");
        if (id.Length > MaxKeyLength || source?.Length > MaxKeyLength)
            return ReadOutcome.Skip(file, lineNumber, $"\"id\" or \"source\" longer than {MaxKeyLength} characters");
        var dateText = Text(obj, "published", ref loneSurrogates) ?? Text(obj, "date", ref loneSurrogates);
        return ReadOutcome.Of(new Article(id.Trim(), title, body)
        {
            Source = source,
            PublishedText = dateText,
            Published = PublishedDate.TryParse(dateText),
            Url = Text(obj, "url", ref loneSurrogates),
            Abstract = Text(obj, "abstract", ref loneSurrogates) is { } summary ? FeedText.Clean(summary) : null,
        });
    }

    private static string? Text(JsonElement obj, string name, ref int loneSurrogates) =>
        obj.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => LenientJsonString.Read(value, ref loneSurrogates),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message.TrimEnd('.');
    }
}

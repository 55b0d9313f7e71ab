using System.Net;
using System.Text.RegularExpressions;

namespace NewsSearch.Core.Articles;

/// <summary>
/// Text as the outlet meant it: feeds leave HTML in titles and bodies (<c>&amp;#8220;ظريف&amp;#8221;</c>,
/// <c>&amp;quot;</c>, <c>&lt;br&gt;</c>). Markup is removed (a line break or block element becomes a new line, script
/// and style elements go with their content), then entities are decoded by <see cref="WebUtility.HtmlDecode"/>, once:
/// a decoded <c>&amp;lt;b&amp;gt;</c> is text the outlet wrote, not markup. Applied at ingest, before analysis and
/// storage, so search, snippets, offsets and every front end see the same characters.
/// </summary>
internal static partial class FeedText
{
    public static string Clean(string text)
    {
        if (text.AsSpan().IndexOfAny('&', '<') < 0) return text;
        var unmarked = text.Contains('<') ? Markup().Replace(text, m => m.Groups["block"].Success ? "\n" : "") : text;
        return WebUtility.HtmlDecode(unmarked);
    }

    /// <summary>One line: a title with markup cleaned and any line break it held turned into a space.</summary>
    public static string CleanLine(string text) => Clean(text).ReplaceLineEndings(" ").Trim();

    /// <summary>
    /// Script/style elements with their content, comments, line-breaking tags (group <c>block</c>), and any other tag
    /// (a tag's name starts with a Latin letter, so Arabic text between &lt; and &gt; stays).
    /// </summary>
    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1\s*>|<!--.*?-->|<(?<block>/?(?:br|p|div|li|tr|h[1-6]))\b[^<>]*>|" +
        @"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>",
        RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Markup();
}

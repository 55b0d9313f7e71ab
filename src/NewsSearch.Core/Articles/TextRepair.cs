using System.Text;
using System.Text.Unicode;

namespace NewsSearch.Core.Articles;

/// <summary>
/// Repairs text that is almost valid: each invalid UTF-8 sequence and each lone surrogate becomes U+FFFD and is
/// counted, so that one stray byte costs a character, not the article. Text with more damage than
/// <see cref="IsRepairable"/> allows is in another encoding, and repairing it would index noise.
/// </summary>
internal static class TextRepair
{
    public const char Replacement = '\uFFFD';

    /// <summary>
    /// At most one damaged sequence in ten bytes (and always one). Arabic in a single-byte code page such as
    /// Windows-1256 damages nearly every letter, so it is far past this and is skipped as not UTF-8.
    /// </summary>
    public static bool IsRepairable(int damaged, int length) => damaged <= 1 + length / 10;

    /// <summary>Decodes UTF-8, replacing invalid sequences; <paramref name="replaced"/> says how many it replaced.</summary>
    public static string DecodeUtf8(ReadOnlySpan<byte> bytes, out int replaced) =>
        RepairUtf8(bytes, out replaced) ?? Encoding.UTF8.GetString(bytes);

    /// <summary>Null when the bytes are valid UTF-8 (the usual case, nothing decoded); otherwise what <see cref="DecodeUtf8"/>
    /// gives.</summary>
    public static string? RepairUtf8(ReadOnlySpan<byte> bytes, out int replaced)
    {
        replaced = 0;
        if (Utf8.IsValid(bytes)) return null;
        var text = Encoding.UTF8.GetString(bytes);
        replaced = text.AsSpan().Count(Replacement) - bytes.Count("\uFFFD"u8);
        return text;
    }

    /// <summary>Replaces each surrogate that is not half of a pair.</summary>
    public static string ReplaceLoneSurrogates(string text, out int replaced)
    {
        replaced = 0;
        StringBuilder? repaired = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                repaired?.Append(c).Append(text[++i]);
                continue;
            }
            if (char.IsSurrogate(c))
            {
                repaired ??= new StringBuilder(text, 0, i, text.Length);
                repaired.Append(Replacement);
                replaced++;
                continue;
            }
            repaired?.Append(c);
        }
        return repaired?.ToString() ?? text;
    }

    /// <summary>The outcome, noting what was repaired when it is an article whose text was.</summary>
    public static ReadOutcome Noted(ReadOutcome outcome, string file, int? line, int invalidUtf8, int loneSurrogates) =>
        outcome.Article is null || invalidUtf8 + loneSurrogates == 0 ? outcome : outcome with
        {
            Repaired = new SkippedInput(file, line, Describe(invalidUtf8, loneSurrogates)) { Kind = RepairedKind },
        };

    private static string Describe(int invalidUtf8, int loneSurrogates)
    {
        var parts = new List<string>();
        if (invalidUtf8 > 0) parts.Add(Count(invalidUtf8, "invalid UTF-8 sequence"));
        if (loneSurrogates > 0) parts.Add(Count(loneSurrogates, "lone surrogate"));
        return $"{string.Join(" and ", parts)} replaced by U+FFFD";
    }

    /// <summary>The group a repair is reported under.</summary>
    public const string RepairedKind = "repaired: invalid UTF-8 or lone surrogates replaced by U+FFFD";

    private static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";
}

using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NewsSearch.Core.Articles;

/// <summary>
/// Reads a JSON string value even when it escapes half a surrogate pair (<c>"\ud800"</c>), which
/// <see cref="JsonElement.GetString"/> refuses with an exception: the lone half becomes U+FFFD and is counted.
/// </summary>
internal static class LenientJsonString
{
    public static string Read(JsonElement value, ref int loneSurrogates)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            var text = TextRepair.ReplaceLoneSurrogates(Unescape(value.GetRawText()), out var replaced);
            loneSurrogates += replaced;
            return text;
        }
    }

    /// <summary>Unescapes a quoted JSON string that the parser has already checked, surrogates left as they are.</summary>
    private static string Unescape(string quoted)
    {
        var text = new StringBuilder(quoted.Length);
        for (var i = 1; i < quoted.Length - 1; i++)
        {
            if (quoted[i] != '\\')
            {
                text.Append(quoted[i]);
                continue;
            }
            var escaped = quoted[++i];
            if (escaped == 'u')
            {
                text.Append((char)ushort.Parse(quoted.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                i += 4;
                continue;
            }
            text.Append(escaped switch
            {
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                _ => escaped, // \" \\ \/
            });
        }
        return text.ToString();
    }
}

using System.Text;

namespace NewsSearch.Core.Searching;

/// <summary>A query the user wrote that cannot be run; the message is one line meant for the user.</summary>
public sealed class QuerySyntaxException(string message) : Exception(OneLine(message))
{
    private const int MaxMessageLength = 300;

    // Messages may quote the user's query: keep them one printable line of bounded length.
    private static string OneLine(string message)
    {
        var line = new StringBuilder(Math.Min(message.Length, MaxMessageLength));
        for (var i = 0; i < message.Length && line.Length < MaxMessageLength; i++)
        {
            var c = message[i];
            if (char.IsHighSurrogate(c) && i + 1 < message.Length && char.IsLowSurrogate(message[i + 1]))
                line.Append(c).Append(message[++i]);
            else if (char.IsControl(c) || char.IsSurrogate(c)) line.Append(' ');
            else line.Append(c);
        }
        return line.Length < message.Length ? line.Append('…').ToString() : line.ToString();
    }
}

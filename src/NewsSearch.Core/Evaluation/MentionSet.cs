using System.Globalization;
using NewsSearch.Core.People;

namespace NewsSearch.Core.Evaluation;

/// <summary>
/// A labelled set of candidate mentions: one tab-separated line per candidate (person id, article id, field, start,
/// end, surface, label, note), where the label says whether the mention is the person (<c>yes</c>) or not (<c>no</c>).
/// Lines starting with <c>#</c> are comments. The candidates are every match of the person's listed forms
/// (<see cref="Candidates"/>), so the set can be rebuilt from an index and labelled again.
/// </summary>
public sealed record MentionSet(IReadOnlyList<LabelledMention> Mentions)
{
    public const string Header = "person\tarticle\tfield\tstart\tend\tsurface\tlabel\tnote";

    /// <exception cref="FormatException">A line is malformed; the message names the file and line.</exception>
    public static MentionSet Read(string file)
    {
        var mentions = new List<LabelledMention>();
        var number = 0;
        foreach (var line in File.ReadLines(file))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#') || line == Header) continue;
            var cells = line.Split('\t');
            if (cells.Length < 7 || !int.TryParse(cells[3], CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(cells[4], CultureInfo.InvariantCulture, out var end) || cells[6] is not ("yes" or "no"))
                throw new FormatException($"{file}, line {number}: expected {Header.Replace('\t', ' ')} with label yes or no");
            mentions.Add(new LabelledMention(cells[0], cells[1], cells[2], start, end,
                cells[5], cells[6] == "yes", cells.Length > 7 ? cells[7] : ""));
        }
        return new MentionSet(mentions);
    }

    /// <summary>Every candidate mention of each person in the index (all resolutions), unlabelled, as set lines.</summary>
    public static IEnumerable<string> Candidates(MentionSearcher searcher, IEnumerable<string> people)
    {
        foreach (var id in people)
            foreach (var article in searcher.Mentions(id).Found)
                foreach (var m in article.Mentions)
                    yield return string.Join('\t', id, article.Id, m.Field, m.Start, m.End, m.Surface, "", Context(m));
    }

    /// <summary>The mention's sentence with the mention in «», on one line, to read when labelling.</summary>
    private static string Context(Mention m)
    {
        var text = m.Sentence.Text;
        var (start, end) = (m.Start - m.Sentence.Start, m.End - m.Sentence.Start);
        if (start >= 0 && end <= text.Length) text = text[..start] + "«" + text[start..end] + "»" + text[end..];
        return text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
    }
}

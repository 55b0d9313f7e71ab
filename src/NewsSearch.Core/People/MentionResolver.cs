using NewsSearch.Core.Analysis;

namespace NewsSearch.Core.People;

/// <summary>
/// Tells a person's mentions from their namesakes': the one home of the resolution rules (docs/mentions.md).
/// Each mention is first judged by the words next to it, in this order:
/// <list type="number">
/// <item>a word after it that names a relative or a company (ترامب جونيور، كوشنر كومبانيز): other;</item>
/// <item>a full name or multi-word alias, or one of the person's first names right before it: confirmed;</item>
/// <item>a known namesake's word after it, first name before it or role next to it (كيري واشنطن، برنار كوشنير،
/// وزير الخارجية الفرنسي كوشنير): other;</item>
/// <item>one of the person's role cues next to it (صهر ترامب كوشنر، نظيره الإيراني ظريف): confirmed;</item>
/// <item>someone else's first name, a company or family word right before it, or an occupation that is not the
/// person's right before or after it (الممثلة كيري، بوتين المصرفي): other;</item>
/// <item>for a surname that is also a word, that word's use (غير ظريف، ظريف للغاية): other.</item>
/// </list>
/// A bare surname left over takes the article's sense: likely where the article confirms the person at least as
/// often as it names someone else, other where it only names someone else, doubtful otherwise (unless a multi-word
/// word of the person's world, <see cref="Person.Context"/>, stands elsewhere in the article: then likely). A name that is not on the
/// people list has nothing to be checked against: every match is counted.
/// </summary>
internal static class MentionResolver
{
    /// <param name="person">Whose mentions these are.</param>
    /// <param name="mentions">The mentions in one article.</param>
    /// <param name="text">The stored text of a field (title or body) of that article.</param>
    public static IReadOnlyList<Mention> Resolve(PersonForms person, IReadOnlyList<Mention> mentions, Func<string, string> text)
    {
        if (person.Person is not { } known) return mentions.Select(Unlisted).ToList();
        var cues = PersonCues.Of(known);
        var judged = mentions.Select(m => (Mention: m, Evidence: Local(cues, person.OtherSpellings,
            m, MentionContext.Around(text(m.Field), m.Start, m.End)))).ToList();
        // Someone else is read from the listed spellings only: another spelling may be another word (ترام الكورنيش).
        var confirmed = judged.Count(j => j.Evidence?.Item1 == Resolution.Confirmed);
        var other = judged.Count(j => j.Evidence?.Item1 == Resolution.Other
            && !person.OtherSpellings.Contains(NameForms.Tokens(j.Mention.Surface)[^1]));
        var articleContext = new Lazy<string?>(() => ContextInArticle(cues,
            mentions.Select(m => m.Field).Append(Indexing.IndexSchema.Title).Append(Indexing.IndexSchema.Body)
                .Distinct().Select(text)));
        return judged.Select(j =>
        {
            var (resolution, reason) = j.Evidence ?? Bare(cues, j.Mention, confirmed, other, articleContext);
            return j.Mention with { Resolution = resolution, Reason = reason };
        }).ToList();
    }

    private static Mention Unlisted(Mention m) => m.Surface.Contains(' ')
        ? m with { Resolution = Resolution.Confirmed, Reason = "the name as typed (not on the people list)" }
        : m with { Resolution = Resolution.Likely, Reason = "not on the people list: every match of the name is counted" };

    private static (Resolution, string)? Local(PersonCues cues, IReadOnlySet<string> otherSpellings,
        Mention mention, MentionContext context)
    {
        var name = cues.Person.NameEn;
        if (context.WordAfter is { } after)
        {
            if (NameCues.RelativeAfter.Contains(after))
                return Other($"\"{after}\" after the name: a relative of the same name, not {name}");
            if (NameCues.OrganisationAfter.Contains(after)) return Other($"\"{mention.Surface} {after}\" is a company's name, not {name}");
        }
        if (context.Surface.Count > 1) return (Resolution.Confirmed, $"full name \"{mention.Surface}\"");
        // A clitic on the surname (وكوشنر، لكيري) joins it to the sentence, not to the word before it.
        var joined = cues.OwnWords.Contains(context.Surface[0]) || otherSpellings.Contains(context.Surface[0]);
        if (joined && cues.FirstNames.FirstOrDefault(f => context.Precedes(f.Words)) is { } first)
            return (Resolution.Confirmed, $"first name \"{first.Text}\" before the surname");
        foreach (var namesake in cues.Namesakes)
            if (namesake.NextWords.FirstOrDefault(w => context.Follows(w.Words)) is { } next)
                return Other($"\"{mention.Surface} {next.Text}\" is {namesake.Name}, not {name}");
        foreach (var namesake in cues.Namesakes)
        {
            if (joined && namesake.FirstNames.FirstOrDefault(f => context.Precedes(f.Words)) is { } theirs)
                return Other($"first name \"{theirs.Text}\": {namesake.Name}, not {name}");
            if (namesake.Roles.FirstOrDefault(r => (joined && context.Precedes(r.Words, role: true))
                || context.Follows(r.Words, role: true)) is { } role)
                return Other($"\"{role.Text}\" next to the name: {namesake.Name}, not {name}");
        }
        if (cues.Roles.FirstOrDefault(r => (joined && context.Precedes(r.Words, role: true))
            || context.Follows(r.Words, role: true)) is { } own)
            return (Resolution.Confirmed, $"role \"{own.Text}\" next to the name");
        if (joined && context.WordBefore is { } before)
        {
            if (In(before, NameCues.GivenNames)) return Other($"\"{before}\" before the surname is someone else's first name");
            if (In(before, NameCues.OrganisationBefore))
                return Other($"\"{before}\" before the name: a company, place or family, not {name}");
            if (In(before, NameCues.Occupations) && !In(before, cues.RoleWords))
                return Other($"\"{before}\" before the name: a role that is not {name}'s");
        }
        if (context.After is [var (job, gap), ..] && NameCues.Occupations.Contains(job) && !cues.RoleWords.Contains(job)
            && MentionContext.JoinsRole(gap))
            return Other($"\"{job}\" after the name: a role that is not {name}'s");
        if (cues.Person.CommonWord)
        {
            if (context.WordAfter is { } word && In(word, NameCues.IntensifiersAfter))
                return Other($"\"{mention.Surface} {word}\": the ordinary word, not the name");
            if (joined && context.WordBefore is { } degree && In(degree, NameCues.DegreeBefore))
                return Other($"\"{degree} {mention.Surface}\": the ordinary word, not the name");
        }
        return null;
    }

    private static (Resolution, string) Bare(PersonCues cues, Mention mention, int confirmed, int other, Lazy<string?> articleContext)
    {
        var name = cues.Person.NameEn;
        if (confirmed > 0 && confirmed >= other)
            return (Resolution.Likely, $"surname alone in an article that confirms {name} ({confirmed}×)");
        if (confirmed == 0 && other > 0)
            return Other("surname alone in an article whose other mentions are someone else (one sense per article)");
        if (confirmed > 0)
            return (Resolution.Doubtful, $"surname alone in an article that names both {name} and someone else with this surname");
        if (articleContext.Value is { } context)
            return (Resolution.Likely, $"surname alone in an article about \"{context}\", his world, and nobody else of the name");
        return cues.Person.CommonWord
            ? (Resolution.Doubtful, $"\"{mention.Surface}\" is also an Arabic word and the article never names {name} in full or by role")
            : (Resolution.Doubtful, $"surname alone; nothing in the article says it is {name}");
    }

    /// <summary>The first of the person's context words written anywhere in the texts.</summary>
    private static string? ContextInArticle(PersonCues cues, IEnumerable<string> texts)
    {
        if (cues.Context.Count == 0) return null;
        foreach (var words in texts.Select(NameForms.Tokens))
            for (var i = 0; i < words.Count; i++)
                if (cues.ContextAt(words, i) is { } cue) return cue.Text;
        return null;
    }

    private static bool In(string word, IReadOnlySet<string> words) =>
        words.Contains(word) || ArabicAffixes.SplitClitics(word).Skip(1).Any(split => words.Contains(split.Stem));

    private static (Resolution, string) Other(string reason) => (Resolution.Other, reason);
}

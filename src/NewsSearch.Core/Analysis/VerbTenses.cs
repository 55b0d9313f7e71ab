namespace NewsSearch.Core.Analysis;

/// <summary>
/// The other tenses and persons of a verb, as the stemmed fields hold them: a headline says يجتمع, تؤكد, يستقبل
/// where its article says اجتمع, أكد, استقبل (or أكدت), and Lucene's light stemmer keeps the tenses apart. Applied at
/// query time (<see cref="Searching.NewsQueryParser"/>), like spelling variants, so the index is unchanged.
/// <para>
/// A stem is read as an imperfect (ي ت ن ا + core: يجتمع) or a perfect (the core itself, ا + core, either + ت:
/// اجتمع, اجتمعت, غادر, غادرت); each reading's core gives the imperfects ي ت ن ا + core and the perfects core and
/// ا + core, each also + ت. A hamza that begins the root is written ء after the imperfect's prefix and ا in the
/// perfect (يؤكد / أكد); a hollow root's middle و or ي is ا in the perfect (يعود / عاد, يقيم / أقام, أقامت).
/// Cores are at least three letters.
/// </para>
/// <para>
/// Nouns are left alone, on both sides: a stem that a word the corpus writes after the definite article has
/// (<see cref="CorpusNouns"/>: a verb never takes ال), or a protected name, is neither expanded nor added. So
/// يعقد does not find عقد (a contract), التقدم is not read as a verb, and يبحث finds بحثت and تبحث but not the
/// noun بحث. What letters alone cannot tell apart stays apart: defective and assimilated verbs (يدعو / دعا, يصل / وصل)
/// and a verb that is also a listed noun's form.
/// </para>
/// </summary>
internal sealed class VerbTenses
{
    private const char Yeh = 'ي', Teh = 'ت', Noon = 'ن', Alef = 'ا', Hamza = 'ء', Waw = 'و';
    private const int MinCoreLength = 3;

    private readonly WordsAndStems nouns;
    private readonly WordsAndStems names;

    /// <param name="nouns">Words written after the definite article (<see cref="CorpusNouns"/>).</param>
    /// <param name="names">Names the analysis keeps whole (<see cref="ProtectedWords"/>).</param>
    public VerbTenses(WordsAndStems nouns, WordsAndStems names)
    {
        this.nouns = nouns;
        this.names = names;
    }

    /// <summary>With the shipped attested words and protected names.</summary>
    public static VerbTenses Shipped { get; } = new(CorpusNouns.Default, ProtectedWords.Default);

    private bool IsNounOrName(string stem) => nouns.HasTerm(stem) || names.HasTerm(stem);

    /// <summary>
    /// The stem's other tenses and persons (itself not included; none for a noun, a name or a stem no verb reading
    /// fits), as stemmed terms. They are candidates: a form no article uses simply matches nothing.
    /// </summary>
    public IReadOnlyList<string> Of(string stem)
    {
        if (stem.Length < MinCoreLength || !stem.All(IsArabicLetter) || IsNounOrName(stem)) return [];
        var forms = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var core in Cores(stem))
            foreach (var form in Conjugated(core))
                if (form != stem && !IsNounOrName(form)) forms.Add(form);
        return [.. forms];
    }

    /// <summary>The cores the stem can be a tense of.</summary>
    private static IEnumerable<string> Cores(string stem)
    {
        if (stem[0] is Yeh or Teh or Noon or Alef && stem.Length > MinCoreLength) yield return stem[1..];
        if (stem[0] != Yeh) yield return stem; // no perfect begins with ي
        if (stem[^1] == Teh && stem.Length > MinCoreLength)
        {
            yield return stem[..^1];
            if (stem[0] == Alef && stem.Length > MinCoreLength + 1) yield return stem[1..^1];
        }
    }

    private static IEnumerable<string> Conjugated(string core)
    {
        if (core.Length < MinCoreLength) yield break;
        // The imperfect writes a root's first hamza ء, the perfect ا.
        var imperfectCores = new List<string> { core };
        if (core[0] == Alef) imperfectCores.Add(Hamza + core[1..]);
        var perfectCores = new List<string> { core[0] == Hamza ? Alef + core[1..] : core };
        // A hollow root's middle و or ي is ا in the perfect (يعود / عاد, يقيم / أقام), and either in the imperfect.
        if (core.Length == MinCoreLength && core[1] is Waw or Yeh) perfectCores.Add($"{core[0]}{Alef}{core[2]}");
        if (core.Length == MinCoreLength && core[1] == Alef)
            imperfectCores.AddRange([$"{core[0]}{Waw}{core[2]}", $"{core[0]}{Yeh}{core[2]}"]);
        foreach (var prefix in new[] { Yeh, Teh, Noon, Alef })
            foreach (var imperfect in imperfectCores)
                yield return prefix + imperfect;
        foreach (var perfect in perfectCores)
            foreach (var form in new[] { perfect, Alef + perfect })
            {
                yield return form;
                yield return form + Teh;
            }
    }

    private static bool IsArabicLetter(char c) => c is >= '\u0621' and <= '\u064A';
}

namespace NewsSearch.Core.Searching;

/// <summary>
/// Refuses, before Lucene parses it, a query that would be too deep or too costly to run. The checks
/// must come first: the parser recurses once per bracket (too deep a nesting overflows the stack, which
/// kills the process), and Lucene builds a wildcard's or a regular expression's automaton as it parses,
/// where a pattern such as <c>ab*a??????????????????</c> takes exponential time.
/// </summary>
internal static class QueryLimits
{
    public const int MaxDepth = 20;
    public const int MaxExpandingWords = 5;
    public const int MinLettersBeforeWildcard = 2;
    public const int MaxWildcardsPerWord = 4;
    public const int MinLettersForFuzzy = 3;
    /// <summary>The most words a phrase's <c>"…"~N</c> lets come between its words (and the fewest: 0).</summary>
    public const int MaxSlop = 50;

    public static void Check(string text)
    {
        var scan = new Scan();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (scan.InQuote)
            {
                if (c == '\\') i++;
                else if (c == '"')
                {
                    scan.InQuote = false;
                    i = CheckSlop(text, i + 1) - 1;
                }
                continue;
            }
            switch (c)
            {
                case '\\':
                    scan.Letter(i++);
                    break;
                case '"':
                    scan.EndWord(text, i);
                    scan.InQuote = true;
                    break;
                case '(':
                    scan.EndWord(text, i);
                    if (++scan.Depth > MaxDepth) throw new QuerySyntaxException($"the query nests brackets more than {MaxDepth} deep");
                    break;
                case ')':
                    scan.EndWord(text, i);
                    scan.Depth = Math.Max(0, scan.Depth - 1);
                    break;
                case '/':
                    throw new QuerySyntaxException(
                        "'/' starts a regular expression, which is not supported; put the text in quotes or leave the / out");
                case '[' or '{':
                    scan.EndWord(text, i);
                    scan.Expanding();
                    break;
                case '~':
                    if (scan.WordLength > 0) scan.Fuzzy(text, i);
                    scan.EndWord(text, i);
                    break;
                case '*' or '?':
                    scan.Wildcard(i);
                    break;
                case '+' or '-' or '!' when scan.WordLength == 0:
                    break;
                default:
                    if (IsSeparator(c)) scan.EndWord(text, i);
                    else scan.Letter(i);
                    break;
            }
        }
        scan.EndWord(text, text.Length);
    }

    /// <summary>The refusal of a word with fewer than <see cref="MinLettersBeforeWildcard"/> letters before its first * or ?.</summary>
    /// <param name="why">What else the user should know (which letters did not count).</param>
    public static QuerySyntaxException TooFewLetters(string word, string? why = null) =>
        new($"'{word}' would match too many words: put at least {MinLettersBeforeWildcard} letters before * or ?{why}");

    /// <summary>
    /// Checks the <c>~N</c> that may follow a closing quote (Lucene skips whitespace before it); returns where the
    /// scan goes on. Lucene reads N as a float and casts it: <c>~-1</c> threw <c>ArgumentOutOfRangeException</c> and
    /// <c>~abc</c> was silently ignored, so anything but a whole number from 0 to <see cref="MaxSlop"/> is refused.
    /// </summary>
    private static int CheckSlop(string text, int from)
    {
        var at = from;
        while (at < text.Length && text[at] is ' ' or '\t' or '\n' or '\r' or '\u3000') at++;
        if (at >= text.Length || text[at] != '~') return from;
        var end = at + 1;
        while (end < text.Length && !IsSeparator(text[end])
               && text[end] is not ('"' or '(' or ')' or '~' or '*' or '?' or '\\' or '/' or '[' or '{' or '!'))
            end++;
        var slop = text[(at + 1)..end];
        if (slop.Length > 0 && !(slop.All(char.IsAsciiDigit) && slop.Length <= 2 && int.Parse(slop) <= MaxSlop))
        {
            var shown = new string(slop.Where(c => !char.IsControl(c) && !char.IsSurrogate(c)).Take(20).ToArray());
            throw new QuerySyntaxException($"'~{shown}' after a phrase: the distance must be a whole number from 0 to {MaxSlop}");
        }
        return end;
    }

    // Lucene's classic query parser ends a word at these (and only these) characters.
    private static bool IsSeparator(char c) => c is ' ' or '\t' or '\n' or '\r' or '\u3000' or ':' or '^' or ']' or '}';

    private sealed class Scan
    {
        private int wordStart = -1, lettersBeforeWildcard, wildcards, expanding;
        public bool InQuote { get; set; }
        public int Depth { get; set; }
        public int WordLength { get; private set; }

        public void Letter(int at)
        {
            if (WordLength++ == 0) wordStart = at;
            if (wildcards == 0) lettersBeforeWildcard++;
        }

        public void Wildcard(int at)
        {
            if (WordLength++ == 0) wordStart = at;
            wildcards++;
        }

        public void Expanding()
        {
            if (++expanding > MaxExpandingWords)
                throw new QuerySyntaxException($"the query has more than {MaxExpandingWords} words with *, ?, ~ or [ranges]; use fewer");
        }

        public void Fuzzy(string text, int end)
        {
            if (WordLength < MinLettersForFuzzy)
                throw new QuerySyntaxException(
                    $"'{Word(text, end)}~' is too short for ~: fuzzy matching needs at least {MinLettersForFuzzy} letters");
            Expanding();
        }

        public void EndWord(string text, int end)
        {
            if (wildcards > 0)
            {
                var word = Word(text, end);
                if (lettersBeforeWildcard < MinLettersBeforeWildcard) throw TooFewLetters(word);
                if (wildcards > MaxWildcardsPerWord)
                    throw new QuerySyntaxException($"'{word}' has more than {MaxWildcardsPerWord} * or ?; use fewer");
                Expanding();
            }
            WordLength = lettersBeforeWildcard = wildcards = 0;
            wordStart = -1;
        }

        private string Word(string text, int end)
        {
            var word = text[wordStart..Math.Min(end, text.Length)];
            var clean = new string(word.Where(c => !char.IsControl(c) && !char.IsSurrogate(c)).ToArray());
            return clean.Length <= 40 ? clean : clean[..40] + "…";
        }
    }
}

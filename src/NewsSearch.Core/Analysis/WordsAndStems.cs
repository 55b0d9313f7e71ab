using System.Reflection;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Fa;
using Lucene.Net.Analysis.Util;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// A list of words, normalised like the index (Persian and Arabic letter forms, hamza, taa marbuta),
/// looked up straight from a token's buffer. Besides the words themselves it knows their stems as
/// Lucene's <see cref="ArabicStemmer"/> cuts suffixes, so an inflected form (وزارات) is recognised too.
/// </summary>
public sealed class WordsAndStems
{
    /// <summary>Shorter stems (وب, بي) are shared by too many unrelated words to identify one.</summary>
    private const int MinStemLength = 3;

    private readonly CharArraySet words;
    private readonly CharArraySet stems;

    private WordsAndStems(CharArraySet words, CharArraySet stems)
    {
        this.words = words;
        this.stems = stems;
    }

    public int Count => words.Count;

    public static WordsAndStems From(IEnumerable<string> lines)
    {
        var words = new CharArraySet(NewsAnalyzer.Lucene, 1024, ignoreCase: false);
        var stems = new CharArraySet(NewsAnalyzer.Lucene, 1024, ignoreCase: false);
        var stemmer = new ArabicStemmer();
        foreach (var line in lines)
        {
            var word = line.Trim();
            if (word.Length == 0 || word[0] == '#') continue;
            var buffer = Normalise(word.ToLowerInvariant(), out var length);
            words.Add(new string(buffer, 0, length));
            var stemLength = stemmer.StemSuffix(buffer, length);
            if (stemLength >= MinStemLength) stems.Add(new string(buffer, 0, stemLength));
        }
        return new WordsAndStems(words, stems);
    }

    /// <summary>The words and stems of both lists in one (one lookup instead of two).</summary>
    public static WordsAndStems Union(WordsAndStems a, WordsAndStems b)
    {
        var words = new CharArraySet(NewsAnalyzer.Lucene, a.words.Count + b.words.Count, ignoreCase: false);
        var stems = new CharArraySet(NewsAnalyzer.Lucene, a.stems.Count + b.stems.Count, ignoreCase: false);
        foreach (var list in new[] { a, b })
        {
            words.UnionWith(list.words);
            stems.UnionWith(list.stems);
        }
        return new WordsAndStems(words, stems);
    }

    /// <summary>Every line of the embedded resources whose names start with <paramref name="prefix"/>.</summary>
    public static IEnumerable<string> ResourceLines(string prefix)
    {
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order())
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            while (reader.ReadLine() is { } line) yield return line;
        }
    }

    /// <summary>The word as written, normalised like the list (a form the list gives).</summary>
    public bool Contains(string word)
    {
        var buffer = Normalise(word.Trim().ToLowerInvariant(), out var length);
        return words.Contains(buffer, 0, length);
    }

    /// <summary>Exactly this word (the form the list gives).</summary>
    public bool Contains(char[] buffer, int offset, int length) => words.Contains(buffer, offset, length);

    /// <summary>A listed word, or the suffix-stem of one (وزار for وزارات): an analysed term one of the words has.</summary>
    public bool HasTerm(string term) => words.Contains(term) || stems.Contains(term);

    /// <summary>This word or an inflection of it: the token, or its suffix-stem, is a listed word or a listed word's stem.</summary>
    public bool ContainsForm(char[] buffer, int offset, int length, Stemmer scratch)
    {
        if (words.Contains(buffer, offset, length)) return true;
        var stemLength = scratch.StemSuffix(buffer, offset, length);
        return stemLength < length && stemLength >= MinStemLength
               && (stems.Contains(scratch.Buffer, 0, stemLength) || words.Contains(scratch.Buffer, 0, stemLength));
    }

    private static char[] Normalise(string word, out int length)
    {
        var buffer = word.Where(c => !TextHazards.IsInvisible(c)).ToArray();
        length = new PersianNormalizer().Normalize(buffer, buffer.Length);
        length = new ArabicNormalizer().Normalize(buffer, length);
        CharacterFoldFilter<HamzaSeatFold>.Fold(buffer, length);
        return buffer;
    }

    /// <summary>A reusable buffer for suffix-stemming a copy of a token (Lucene's stemmer works in place).</summary>
    public sealed class Stemmer
    {
        private readonly ArabicStemmer stemmer = new();
        public char[] Buffer { get; private set; } = new char[32];

        public int StemSuffix(char[] source, int offset, int length)
        {
            if (Buffer.Length < length) Buffer = new char[length * 2];
            Array.Copy(source, offset, Buffer, 0, length);
            return stemmer.StemSuffix(Buffer, length);
        }
    }
}

namespace NewsSearch.Core.People;

/// <summary>
/// An edit distance between two normalised Arabic spellings of a foreign name in which the usual
/// transliteration choices cost half an edit: ه/غ/ج/ح/خ for a Slavic H or G, ا/و/ي for vowels
/// (and writing or dropping a vowel letter), ت/ط, س/ص/ث, د/ض, ذ/ز/ظ, ك/ق, ف/ڤ, ب/پ.
/// </summary>
internal static class SpellingDistance
{
    private const double Swap = 0.5, Edit = 1;

    private static readonly string[] SwapGroups = ["هغجحخگ", "اوي", "تط", "سصث", "دض", "ذزظ", "كق", "فڤ", "بپ"];
    private const string Vowels = "اوي";

    /// <summary>The letters <paramref name="c"/> may be written as at half an edit, itself included.</summary>
    public static IEnumerable<char> Swaps(char c) => SwapGroups.FirstOrDefault(g => g.Contains(c)) ?? c.ToString();

    public static bool IsVowel(char c) => Vowels.Contains(c);

    /// <summary>How far apart two words may be to count as spellings of the same name.</summary>
    public static double Tolerance(int length) => length switch { <= 3 => 0.5, <= 5 => 1, <= 8 => 1.5, _ => 2 };

    /// <remarks>
    /// The edit table is kept two rows at a time and the letters' swap groups read from a table: the vocabulary scans
    /// (<see cref="NameVariantFinder"/>, the search help) compare every candidate word with the name.
    /// </remarks>
    public static double Between(string a, string b)
    {
        var previous = new double[b.Length + 1];
        var current = new double[b.Length + 1];
        for (var j = 1; j <= b.Length; j++) previous[j] = previous[j - 1] + InsertCost(b[j - 1]);
        for (var i = 1; i <= a.Length; i++)
        {
            var letter = a[i - 1];
            var insert = InsertCost(letter);
            current[0] = previous[0] + insert;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(
                    previous[j - 1] + SubstituteCost(letter, b[j - 1]),
                    Math.Min(previous[j] + insert, current[j - 1] + InsertCost(b[j - 1])));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    private static double InsertCost(char c) => IsVowel(c) ? Swap : Edit;

    private static double SubstituteCost(char a, char b) =>
        a == b ? 0 : GroupOf(a) is >= 0 and var group && group == GroupOf(b) ? Swap : Edit;

    /// <summary>Which of <see cref="SwapGroups"/> holds the letter, or -1.</summary>
    private static int GroupOf(char c) => c < Groups.Length ? Groups[c] : -1;

    private static readonly sbyte[] Groups = GroupTable();

    private static sbyte[] GroupTable()
    {
        var table = new sbyte[SwapGroups.SelectMany(g => g).Max() + 1];
        Array.Fill(table, (sbyte)-1);
        for (var group = 0; group < SwapGroups.Length; group++)
            foreach (var letter in SwapGroups[group]) table[letter] = (sbyte)group;
        return table;
    }
}

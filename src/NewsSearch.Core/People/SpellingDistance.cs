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

    public static double Between(string a, string b)
    {
        var d = new double[a.Length + 1, b.Length + 1];
        for (var i = 1; i <= a.Length; i++) d[i, 0] = d[i - 1, 0] + InsertCost(a[i - 1]);
        for (var j = 1; j <= b.Length; j++) d[0, j] = d[0, j - 1] + InsertCost(b[j - 1]);
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
                d[i, j] = Math.Min(
                    d[i - 1, j - 1] + SubstituteCost(a[i - 1], b[j - 1]),
                    Math.Min(d[i - 1, j] + InsertCost(a[i - 1]), d[i, j - 1] + InsertCost(b[j - 1])));
        return d[a.Length, b.Length];
    }

    private static double InsertCost(char c) => Vowels.Contains(c) ? Swap : Edit;

    private static double SubstituteCost(char a, char b) =>
        a == b ? 0 : SwapGroups.Any(g => g.Contains(a) && g.Contains(b)) ? Swap : Edit;
}

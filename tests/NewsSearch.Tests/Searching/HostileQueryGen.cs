using FsCheck;
using FsCheck.Fluent;

namespace NewsSearch.Tests.Searching;

/// <summary>A query string meant to break the parser or the searcher.</summary>
public sealed record HostileQuery(string Text)
{
    public override string ToString() => Text.Length <= 300 ? $"[{Text}]" : $"[{Text[..300]}…] ({Text.Length} chars)";
}

/// <summary>FsCheck generators for <see cref="HostileQuery"/>: random Unicode, syntax soup, huge and deep queries.</summary>
public static class HostileQueryGen
{
    private static readonly string[] Words =
    [
        "ميامي", "ستيف", "ويتكوف", "بيزيميني", "الولايات", "المتحدة", "أوكرانيا", "روسيا", "ترامب", "كوشنر",
        "ا", "ال", "و", "في", "a", "ab", "war", "title", "body", "id", "source", "TO", "AND", "OR", "NOT",
    ];

    private static readonly string[] Syntax =
    [
        "\"", "(", ")", "*", "?", "~", "~2", "~0.5", "~-1", "~-Infinity", "~NaN", "~51", "~1e10", "^", "^2", "^1e38", ":", "\\", "/", "[", "]", "{", "}", "+", "-", "!",
        "&&", "||", " AND ", " OR ", " NOT ", "title:", "body:", "id:", "published:", "*:*", "[* TO *]", "\u0000",
        "\u200C", "\u200F", "\uFEFF", "\t", "\n", "\r\n", "\u3000", "\uD83D\uDE00", "\uD800", "\uDFFF", "ـــ", "؟", "،",
    ];

    public static Arbitrary<HostileQuery> Queries() => Gen.Frequency(
        (4, SyntaxSoup()),
        (3, RandomUnicode()),
        (1, WildcardWords()),
        (1, DeepNesting()),
        (1, ManyOrTerms()),
        (1, ControlCharacters()),
        (2, FieldPhrases()))
        .Select(text => new HostileQuery(text))
        .ToArbitrary();

    private static Gen<string> Piece() => Gen.Frequency(
        (3, Gen.Elements(Words)),
        (3, Gen.Elements(Syntax)),
        (2, Gen.Constant(" ")));

    private static Gen<string> SyntaxSoup() =>
        Gen.Choose(1, 40).SelectMany(n => Piece().ArrayOf(n)).Select(string.Concat);

    private static Gen<string> RandomUnicode() =>
        Gen.Choose(0, 0xFFFF).Select(c => (char)c).ArrayOf().Select(chars => new string(chars));

    private static Gen<string> WildcardWords() =>
        from letters in Gen.Elements("", "ا", "ال", "مي", "ab", "ستيف", "war").ArrayOf(1)
        from tail in Gen.Elements("*", "?", "a", "ي", "~").ArrayOf()
        from count in Gen.Choose(1, 12)
        select string.Join(' ', Enumerable.Repeat(letters[0] + string.Concat(tail), count));

    private static Gen<string> DeepNesting() =>
        from depth in Gen.Elements(1, 5, 19, 20, 21, 100, 499, 5_000, 100_000)
        from open in Gen.Elements("(", "+(", "-(", "title:(", "NOT (")
        from balanced in Gen.Elements(true, false)
        select string.Concat(Enumerable.Repeat(open, depth)) + "ميامي" + (balanced ? new string(')', depth) : "");

    private static Gen<string> ManyOrTerms() =>
        from count in Gen.Elements(2, 100, 333, 1_000, 10_000)
        from word in Gen.Elements(Words)
        select string.Join(" OR ", Enumerable.Range(0, count).Select(i => i % 2 == 0 ? word : word + i));

    /// <summary>The seed articles' ids: a phrase of them on <c>id:</c> finds terms indexed without positions.</summary>
    private static readonly string[] SeedIds = ["000_9f777eadf6025f7f", "004_6a5caba8e2838df0"];

    private static readonly string[] Slops = ["", "~", "~0", "~2", "~50", "~51", "~-1", "~-Infinity", "~NaN", "~1e10", "~2.5", "~abc", " ~-1", "~+3", "~2^3"];

    /// <summary>"Phrases" on every field, positions or not, with every kind of ~slop (issue 17).</summary>
    private static Gen<string> FieldPhrases() =>
        from field in Gen.Elements("id:", "source:", "title_grams:", "body_grams:", "date:", "exact:", "person:", "title:", "body:", "", "-id:", "(id:")
        from count in Gen.Choose(1, 3)
        from words in Gen.Elements([.. SeedIds, .. Words]).ArrayOf(count)
        from slop in Gen.Elements(Slops)
        from before in Gen.Elements("", "ميامي ", "ميامي OR ")
        select $"{before}{field}\"{string.Join(' ', words)}\"{slop}";

    private static Gen<string> ControlCharacters() =>
        from chars in Gen.Choose(0, 0x20).Select(c => (char)c).ArrayOf()
        from word in Gen.Elements(Words)
        select word + new string(chars) + word;
}

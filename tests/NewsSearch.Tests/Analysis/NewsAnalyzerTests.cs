using NewsSearch.Core.Analysis;

namespace NewsSearch.Tests.Analysis;

public class NewsAnalyzerTests
{
    private static readonly NewsAnalyzer Analyzer = new();

    [Theory]
    [InlineData("وويتكوف", "ويتكوف")]
    [InlineData("لكوشنر", "كوشنر")]
    [InlineData("وغناتوف", "غناتوف")]
    [InlineData("بميامي", "ميامي")]
    [InlineData("والكرملين", "كرمل")] // not protected: the article goes, the stemmer cuts
    [InlineData("وللبنان", "لبنان")]
    public void Protected_names_are_found_behind_clitics_and_never_cut(string written, string term) =>
        Assert.Equal(term, Tokens.Single(Analyzer, written));

    [Theory]
    [InlineData("وزير", "وزير")]
    [InlineData("ووزير", "وزير")]
    [InlineData("لوزير", "وزير")]
    [InlineData("والوزير", "وزير")]
    [InlineData("وزارات", "وزار")]
    [InlineData("والدة", "والد")]     // Lucene alone strips وال here
    [InlineData("وكبير", "كبير")]     // and ... not and + like
    [InlineData("وللأمن", "امن")]
    [InlineData("بلادنا", "بلاد")]
    public void A_first_root_letter_is_kept_and_clitics_reduce_to_the_bare_word(string written, string term) =>
        Assert.Equal(term, Tokens.Single(Analyzer, written));

    [Theory]
    [InlineData("ومحادثاتهما", "محادث")]
    [InlineData("حكومتهم", "حكوم")]
    [InlineData("تفاهم", "تفاهم")]
    [InlineData("أحيانا", "احيانا")]
    [InlineData("كورونا", "كورونا")]
    [InlineData("بيتها", "بيت")]
    [InlineData("لبيته", "بيت")]
    [InlineData("المتهم", "متهم")]
    [InlineData("متهم", "متهم")]
    public void Attached_pronouns_go_when_a_word_remains(string written, string term) =>
        Assert.Equal(term, Tokens.Single(Analyzer, written));

    [Theory]
    [InlineData("مسؤول", "مسئول")]
    [InlineData("المسؤولية", "المسئولية")]
    [InlineData("شؤون", "شئون")]
    [InlineData("إنهاء", "لإنهائه")]
    public void A_hamza_reads_the_same_on_any_seat(string one, string other) =>
        Assert.Equal(Tokens.Single(Analyzer, one), Tokens.Single(Analyzer, other));

    [Fact]
    public void Exact_forms_ignore_the_hamza_seat_too() =>
        Assert.Equal(Tokens.Single(new ExactFormAnalyzer(), "مسؤول"), Tokens.Single(new ExactFormAnalyzer(), "مسئول"));

    [Theory]
    [InlineData("إيران", "الإيرانية")]
    [InlineData("اليابان", "اليابانيين")]
    [InlineData("والسودان", "السوداني")]
    [InlineData("بالبحرين", "البحرينية")]
    public void A_place_ending_like_a_dual_keeps_its_ending_and_meets_its_adjective(string place, string adjective) =>
        Assert.Equal(Tokens.Single(Analyzer, place), Tokens.Single(Analyzer, adjective));

    [Theory]
    [InlineData("البحرين", "البحر")]
    [InlineData("طهران", "طهر")]
    [InlineData("عمان", "عم")]
    public void A_place_is_not_read_as_an_unrelated_word(string place, string word) =>
        Assert.NotEqual(Tokens.Single(Analyzer, place), Tokens.Single(Analyzer, word));

    [Fact]
    public void The_protected_list_holds_the_seed_names_and_can_be_extended()
    {
        string[] seedNames = ["ويتكوف", "كوشنر", "عمروف", "عميروف", "أوميروف", "هناتوف", "غناتوف", "بوتين", "ترامب", "أوشاكوف",
            "ستيف", "جاريد", "رستم", "أندريه", "فلاديمير", "دونالد", "يوري", "ميامي", "كييف", "موسكو", "واشنطن"];
        foreach (var name in seedNames) Assert.Equal(Tokens.Single(new ExactFormAnalyzer(), name), Tokens.Single(Analyzer, "و" + name));

        var extended = WordsAndStems.From(ProtectedWords.Lines().Append("زيلينسكايا"));
        var custom = new NewsAnalyzer(extended, CorpusNouns.Default);
        Assert.Equal("زيلينسكايا", Tokens.Single(custom, "لزيلينسكايا"));
    }

    [Fact]
    public void The_version_names_the_chain_and_the_word_lists()
    {
        Assert.Matches(@"^7\.[0-9a-f]{8}$", NewsAnalyzer.Version);
    }
}

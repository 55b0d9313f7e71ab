using NewsSearch.Core.Searching;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Searching;

/// <summary>Headlines as agencies write them (from the saudinewsnet titles) search as their words.</summary>
public sealed class QueryPunctuationTests(SeedIndex seeds) : IClassFixture<SeedIndex>
{
    [Theory]
    [InlineData("الزياني: دعم الشرطة", "الزياني  دعم الشرطة")]
    [InlineData("أوكرانيا : أعنف قصف", "أوكرانيا   أعنف قصف")]
    [InlineData("سطور عن فقيد المعرفة - محمد ظافر", "سطور عن فقيد المعرفة   محمد ظافر")]
    [InlineData("كيف جلب الأهلي كأس العالم؟!", "كيف جلب الأهلي كأس العالم؟ ")]
    [InlineData("لم يمنحني فرصة عادلة !!", "لم يمنحني فرصة عادلة   ")]
    [InlineData("عام / مقتل سبعة أشخاص", "عام   مقتل سبعة أشخاص")]
    [InlineData("بالصور داسيلفا للاعبي النصر: مرحلة", "بالصور داسيلفا للاعبي النصر  مرحلة")]
    [InlineData("لـ {الشرق الأوسط}: المالكي", "لـ  الشرق الأوسط   المالكي")]
    [InlineData("اقتصادي/  وزارة المالية تصدر سندات", "اقتصادي   وزارة المالية تصدر سندات")]
    [InlineData("2015/07/21", "2015 07 21")]
    [InlineData("بالصور // قوارب الموت", "بالصور    قوارب الموت")]
    [InlineData("الصملة يا رجال (!!)", "الصملة يا رجال     ")]
    [InlineData("[فيديو] ظريف يصل", " فيديو  ظريف يصل")]
    [InlineData("ظريف يصل ^", "ظريف يصل  ")]
    [InlineData("ظريف^ يصل", "ظريف  يصل")]
    [InlineData("سيكو\" تدرج أول صندوق عقاري", "سيكو  تدرج أول صندوق عقاري")]
    [InlineData("سيكو\": عاجل / خبر", "سيكو   عاجل   خبر")]
    [InlineData("ما هو الاتفاق النووي?", "ما هو الاتفاق النووي ")]
    [InlineData("المال أرقاماً بالبنك??", "المال أرقاماً بالبنك  ")]
    [InlineData("هل يصل ظريف?! -- نعم", "هل يصل ظريف      نعم")]
    [InlineData("هيكل خارجي -* فيديو", "هيكل خارجي    فيديو")]
    [InlineData("ظريف * يقيم", "ظريف   يقيم")]
    [InlineData("ظريف ~ يقيم", "ظريف   يقيم")]
    [InlineData("ظريف -- يقيم", "ظريف    يقيم")]
    [InlineData("ظريف \\", "ظريف  ")]
    [InlineData("(ظريف -) يقيم", "(ظريف  ) يقيم")]
    public void Punctuation_the_syntax_would_misread_becomes_space(string headline, string expected) =>
        Assert.Equal(expected, QueryPunctuation.Neutralise(headline, NewsQueryParser.Fields));

    [Theory]
    [InlineData("title:لقاء body:ميامي")]
    [InlineData("exact:\"الخارجية الأميركية\" person:witkoff")]
    [InlineData("ميامي -بيزيميني !موسكو +ويتكوف")]
    [InlineData("person:hnatov -person:putin +title:لقاء !body_exact:ويتكوف")]
    [InlineData("\"عاجل: خبر - مهم!\"")]
    [InlineData("/ريا")]
    [InlineData("ظريف^2 يصل")]
    [InlineData("\"ويتكوف ميامي")]
    [InlineData("source:aawsat date:2015-07-25")]
    [InlineData("title:{ا TO ي} date:[2015-07-25 TO 2015-08-01]")]
    [InlineData("title:[a TO b} title:{a TO b] id:[a:b TO c]")]
    [InlineData("\"كوشنر\"title:موسكو")]
    [InlineData("a\\:b \\- c")]
    [InlineData("ظ?يف مفاوض* ظريف~ ظريف~1 كيري~2")]
    [InlineData("-(ويتكوف OR كوشنر) +(موسكو) !ميامي")]
    public void Operators_fields_and_quoted_text_are_left_alone(string query) =>
        Assert.Equal(query, QueryPunctuation.Neutralise(query, NewsQueryParser.Fields));

    [Theory]
    [InlineData("ويتكوف/ ميامي", "ويتكوف ميامي")]
    [InlineData("ويتكوف/ميامي", "ويتكوف ميامي")]
    [InlineData("ويتكوف\" ميامي", "ويتكوف ميامي")]
    [InlineData("ويتكوف ميامي ^", "ويتكوف ميامي")]
    [InlineData("[لقاء] ويتكوف ميامي", "لقاء ويتكوف ميامي")]
    [InlineData("ويتكوف // ميامي (!!)", "ويتكوف ميامي")]
    [InlineData("ويتكوف ميامي?", "ويتكوف ميامي")]
    [InlineData("ويتكوف -* ميامي", "ويتكوف ميامي")]
    [InlineData("ويتكوف ~ ميامي --", "ويتكوف ميامي")]
    public void Pasted_punctuation_searches_the_words(string headline, string words)
    {
        var plain = seeds.Search(words);
        var pasted = seeds.Search(headline);

        Assert.NotEqual(0, pasted.TotalHits);
        Assert.Equal(plain.Hits.Select(h => h.Article.Id), pasted.Hits.Select(h => h.Article.Id));
    }

    [Fact]
    public void A_speaker_before_a_colon_is_a_word_to_search_not_a_field()
    {
        var words = seeds.Search("ويتكوف ميامي");
        var headline = seeds.Search("ويتكوف: ميامي");

        Assert.NotEqual(0, headline.TotalHits);
        Assert.False(headline.PartialMatch);
        Assert.Equal(words.Hits.Select(h => h.Article.Id), headline.Hits.Select(h => h.Article.Id));
    }

    [Fact]
    public void A_dash_between_spaces_excludes_nothing()
    {
        Assert.Equal(seeds.Search("ويتكوف ميامي").TotalHits, seeds.Search("ويتكوف - ميامي").TotalHits);
        Assert.Equal(0, seeds.Search("ويتكوف -ميامي").TotalHits);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("-- !!")]
    [InlineData("~ \\")]
    public void A_query_of_marks_only_is_refused_as_holding_no_word(string query)
    {
        var error = Assert.Throws<QuerySyntaxException>(() => seeds.Search(query));

        Assert.Equal("the query has no word to search for (only punctuation)", error.Message);
    }
}

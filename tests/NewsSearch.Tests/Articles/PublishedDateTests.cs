using NewsSearch.Core.Articles;

namespace NewsSearch.Tests.Articles;

public class PublishedDateTests
{
    public static TheoryData<string, DateTimeOffset> Dates => new()
    {
        { "2015-07-21 02:51:32", new DateTimeOffset(2015, 7, 21, 2, 51, 32, TimeSpan.Zero) },
        { "2017-01-22T18:56:00+01:00", new DateTimeOffset(2017, 1, 22, 18, 56, 0, TimeSpan.FromHours(1)) },
        { "Sun, 18 Feb 2018 21:35:43 +0400", new DateTimeOffset(2018, 2, 18, 21, 35, 43, TimeSpan.FromHours(4)) },
        { "2017-01-22T185600", new DateTimeOffset(2017, 1, 22, 18, 56, 0, TimeSpan.Zero) },
        { "05/03/2017", new DateTimeOffset(2017, 3, 5, 0, 0, 0, TimeSpan.Zero) },
        { "25/12/2016", new DateTimeOffset(2016, 12, 25, 0, 0, 0, TimeSpan.Zero) },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void Parses_dates_as_publishers_write_them(string text, DateTimeOffset expected) =>
        Assert.Equal(expected, PublishedDate.TryParse(text));

    [Theory]
    [InlineData("الأحد الماضي")]
    [InlineData("12/25/2016")]
    [InlineData("")]
    public void Returns_null_for_what_it_cannot_read(string text) => Assert.Null(PublishedDate.TryParse(text));
}

using NewsSearch.Core.People;
using NewsSearch.Core.Searching;

namespace NewsSearch.Tests.People;

/// <summary>Each kind of evidence the resolver reads, on <see cref="ResolverArticles"/>: one test per rule.</summary>
public sealed class MentionResolverTests(ResolverArticles articles) : IClassFixture<ResolverArticles>
{
    [Theory]
    [InlineData("kushner", "full-name", Resolution.Confirmed, "full name")]
    [InlineData("kushner", "first-name", Resolution.Confirmed, "first name \"غاريد\"")]
    [InlineData("kushner", "role-before", Resolution.Confirmed, "role \"صهر ترامب\"")]
    [InlineData("kerry", "role-after", Resolution.Confirmed, "role \"وزير الخارجية الأمريكي\"")]
    [InlineData("kushner", "doubtful", Resolution.Doubtful, "nothing in the article")]
    [InlineData("kushner", "namesake-first-name", Resolution.Other, "Bernard Kouchner")]
    [InlineData("kushner", "namesake-role", Resolution.Other, "\"وزير الخارجية الفرنسي\" next to the name: Bernard Kouchner")]
    [InlineData("kerry", "namesake-next-word", Resolution.Other, "Kerry Washington")]
    [InlineData("kerry", "given-name", Resolution.Other, "someone else's first name")]
    [InlineData("kushner", "organisation-before", Resolution.Other, "a company, place or family")]
    [InlineData("witkoff", "organisation-after", Resolution.Other, "a company's name")]
    [InlineData("trump", "relative-after", Resolution.Other, "a relative of the same name")]
    [InlineData("kerry", "occupation-before", Resolution.Other, "a role that is not John Kerry's")]
    [InlineData("putin", "occupation-after", Resolution.Other, "a role that is not Vladimir Putin's")]
    [InlineData("zarif", "word-intensifier", Resolution.Other, "the ordinary word")]
    [InlineData("zarif", "word-negation", Resolution.Other, "the ordinary word")]
    [InlineData("zarif", "word-bare", Resolution.Doubtful, "also an Arabic word")]
    [InlineData("kerry", "clitic", Resolution.Doubtful, "nothing in the article")]
    [InlineData("kerry", "context", Resolution.Likely, "\"أوباما\"")]
    [InlineData("kerry", "role-after-clitic", Resolution.Doubtful, "nothing in the article")]
    public void Each_kind_of_evidence_resolves_the_mention(string person, string article, Resolution expected, string reason)
    {
        var mention = Assert.Single(MentionsIn(person, article));

        Assert.Equal(expected, mention.Resolution);
        Assert.Contains(reason, mention.Reason);
    }

    [Fact]
    public void A_bare_surname_in_an_article_that_confirms_the_person_is_likely()
    {
        var mentions = MentionsIn("kushner", "likely");

        Assert.Equal([Resolution.Confirmed, Resolution.Likely], mentions.Select(m => m.Resolution));
        Assert.Contains("confirms Jared Kushner", mentions[1].Reason);
    }

    [Fact]
    public void A_bare_surname_in_an_article_that_only_names_a_namesake_is_the_namesake_too()
    {
        var mentions = MentionsIn("kushner", "one-sense");

        Assert.Equal([Resolution.Other, Resolution.Other], mentions.Select(m => m.Resolution));
        Assert.Contains("one sense per article", mentions[1].Reason);
    }

    [Fact]
    public void A_namesake_named_in_full_does_not_take_the_bare_surname_from_the_person_the_article_confirms()
    {
        var mentions = MentionsIn("kerry", "both-senses");

        Assert.Equal([Resolution.Likely, Resolution.Other, Resolution.Confirmed], mentions.Select(m => m.Resolution));
    }

    [Fact]
    public void Counts_and_lists_keep_confirmed_and_likely_apart_from_doubtful_and_excluded()
    {
        var report = articles.Mentions("kushner");

        Assert.Equal(5, report.Total);
        Assert.All(report.Articles.SelectMany(a => a.Mentions), m => Assert.True(m.Counted));
        Assert.Equal(["doubtful"], report.Doubtful.Select(a => a.Id));
        Assert.Equal(["namesake-first-name", "namesake-role", "one-sense", "organisation-before"], report.Excluded.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Equal(6, report.CountingDoubtful().Total);
        Assert.Empty(report.CountingDoubtful().Doubtful);
    }

    [Fact]
    public void A_name_not_on_the_list_has_nothing_to_check_against_and_every_match_counts()
    {
        var report = articles.Mentions("واشنطن");

        var mention = Assert.Single(report.Articles.SelectMany(a => a.Mentions));
        Assert.Equal(Resolution.Likely, mention.Resolution);
        Assert.Contains("not on the people list", mention.Reason);
    }

    [Fact]
    public void A_spelling_the_list_lacks_is_found_and_said_but_counted_only_when_asked()
    {
        var plain = articles.Mentions("kushner");
        var withVariants = new MentionSearcher(articles.Index.Index).Mentions("kushner", withVariants: true);

        Assert.Equal([new OtherSpelling("كوشنار", 1)], plain.AlsoWritten);
        Assert.DoesNotContain(plain.Found, a => a.Id == "other-spelling");
        var article = Assert.Single(withVariants.Articles, a => a.Id == "other-spelling");
        Assert.Equal([Resolution.Confirmed, Resolution.Likely], article.Mentions.Select(m => m.Resolution));
        Assert.Equal(plain.Total + 2, withVariants.Total);
        Assert.DoesNotContain(withVariants.Found, a => a.Id == "other-spelling-word");
    }

    [Fact]
    public void A_person_search_leaves_out_the_articles_where_no_mention_counts()
    {
        var hits = new NewsSearcher(articles.Index.Index).Search(new SearchRequest("person:kushner")).Hits.Select(h => h.Article.Id);

        Assert.Equal(["first-name", "full-name", "likely", "role-before"], hits.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_person_search_for_a_name_not_on_the_list_leaves_nothing_out()
    {
        var hits = new NewsSearcher(articles.Index.Index).Search(new SearchRequest("person:برنار")).Hits.Select(h => h.Article.Id);

        Assert.Equal(["namesake-first-name", "one-sense"], hits.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_person_added_in_a_user_file_is_resolved_by_its_own_data()
    {
        var file = Path.Combine(Path.GetTempPath(), "people-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, """
            { "people": [ { "id": "sara-kerry", "name_en": "Sara Kerry", "name_ar": "سارة كيري", "aliases": ["كيري"],
                "first_names": ["سارة"], "roles": ["المغنية"],
                "namesakes": [ { "name": "Kerry Washington", "next_words": ["واشنطن"] } ] } ] }
            """);
        try
        {
            var people = PeopleList.Load(file);

            Assert.Equal(Resolution.Confirmed, Assert.Single(MentionsIn("sara-kerry", "given-name", people)).Resolution);
            Assert.Equal(Resolution.Confirmed, Assert.Single(MentionsIn("sara-kerry", "occupation-before", people)).Resolution);
            Assert.Equal(Resolution.Other, Assert.Single(MentionsIn("sara-kerry", "namesake-next-word", people)).Resolution);
        }
        finally { File.Delete(file); }
    }

    private List<Mention> MentionsIn(string person, string article, PeopleList? people = null) =>
        articles.Mentions(person, people).Found.Single(a => a.Id == article).Mentions.ToList();
}

using NewsSearch.Core.Evaluation;
using NewsSearch.Core.People;

namespace NewsSearch.Tests.People;

/// <summary><c>eval-mentions</c>'s figures on a small labelled set over <see cref="ResolverArticles"/>.</summary>
public sealed class MentionEvaluationTests(ResolverArticles articles) : IClassFixture<ResolverArticles>
{
    [Fact]
    public void Precision_and_recall_count_confirmed_and_likely_against_the_labels_with_the_confusion()
    {
        var file = Path.Combine(Path.GetTempPath(), "mentions-" + Guid.NewGuid().ToString("N") + ".tsv");
        var searcher = new MentionSearcher(articles.Index.Index);
        var lines = MentionSet.Candidates(searcher, ["kushner"]).Select(l => l.Split('\t')).ToList();
        // Label every candidate Jared Kushner except the Kouchner ones and the company; the doubtful one is him too.
        File.WriteAllLines(file, lines.Select(c => string.Join('\t', c[..6].Append(c[1] is "namesake-first-name" or "namesake-role" or "one-sense" or "organisation-before" ? "no" : "yes").Append(""))));
        try
        {
            var evaluation = MentionEvaluation.Run(searcher, MentionSet.Read(file));

            var kushner = Assert.Single(evaluation.People);
            Assert.Equal((6, 5, 5), (kushner.Relevant, kushner.Counted, kushner.CountedRelevant));
            Assert.Equal(1.0, kushner.Precision);
            Assert.Equal(5.0 / 6, kushner.Recall, 3);
            Assert.Equal((1, 0), evaluation.Confusion["doubtful"]);
            Assert.Equal((0, 5), evaluation.Confusion["other"]);
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public void A_malformed_line_is_refused_with_the_file_and_line()
    {
        var file = Path.Combine(Path.GetTempPath(), "mentions-" + Guid.NewGuid().ToString("N") + ".tsv");
        File.WriteAllLines(file, ["# a comment", MentionSet.Header, "kerry\ta1\tbody\t0\t4\tكيري\tmaybe\t"]);
        try
        {
            var error = Assert.Throws<FormatException>(() => MentionSet.Read(file));

            Assert.StartsWith($"{file}, line 3:", error.Message);
        }
        finally { File.Delete(file); }
    }
}

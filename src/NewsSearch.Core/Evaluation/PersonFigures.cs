using NewsSearch.Core.People;

namespace NewsSearch.Core.Evaluation;

/// <summary>Precision and recall of the counted mentions (confirmed + likely) of one person against a labelled set.</summary>
public sealed record PersonFigures(string Person, int Candidates, int Relevant, int Counted, int CountedRelevant)
{
    public double Precision => Counted == 0 ? 1 : (double)CountedRelevant / Counted;
    public double Recall => Relevant == 0 ? 1 : (double)CountedRelevant / Relevant;
}

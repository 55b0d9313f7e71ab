using NewsSearch.Core.People;

namespace NewsSearch.Core.Evaluation;

public sealed record LabelledMention(string Person, string Article, string Field, int Start, int End,
    string Surface, bool IsPerson, string Note);

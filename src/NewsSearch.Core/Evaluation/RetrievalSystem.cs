namespace NewsSearch.Core.Evaluation;

/// <summary>A configuration under test.</summary>
public abstract record RetrievalSystem(string Name);

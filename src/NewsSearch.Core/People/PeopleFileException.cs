namespace NewsSearch.Core.People;

/// <summary>A people file that cannot be read or is malformed: says which file, which line and what is wrong.</summary>
internal sealed class PeopleFileException(string file, long? line, string problem)
    : PeopleException(line is { } n ? $"people file {file}, line {n}: {problem}" : $"people file {file}: {problem}")
{
    public string File { get; } = file;
    public long? Line { get; } = line;
}

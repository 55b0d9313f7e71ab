using NewsSearch.Core.People;

namespace NewsSearch.Cli.Output;

public sealed record VariantsJson(string Name, PersonJson? Person, IReadOnlyList<string> Targets, IReadOnlyList<NameVariantJson> Variants)
{
    public static VariantsJson From(NameVariantReport report) =>
        new(report.Person.Name, PersonJson.From(report.Person.Person), report.Targets,
            report.Variants.Select(NameVariantJson.From).ToList());
}

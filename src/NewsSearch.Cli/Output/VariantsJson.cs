using NewsSearch.Core.People;

namespace NewsSearch.Cli.Output;

public sealed record VariantsJson(string Name, PersonJson? Person, IReadOnlyList<string> Targets, IReadOnlyList<VariantJson> Variants)
{
    public static VariantsJson From(VariantReport report) =>
        new(report.Person.Name, PersonJson.From(report.Person.Person), report.Targets, report.Variants.Select(VariantJson.From).ToList());
}

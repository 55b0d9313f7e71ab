using NewsSearch.Core.Articles;

namespace NewsSearch.Api.Tests.Support;

/// <summary>
/// كوشنر three ways: Jared Kushner named in full (3 counted mentions: title, full name, a likely bare surname),
/// a bare surname with no evidence (doubtful) and Bernard Kouchner by his role (excluded).
/// </summary>
public static class NamesakeArticles
{
    public const string Jared = "jared", Bare = "bare", Kouchner = "kouchner";

    public static IReadOnlyList<Article> All { get; } =
    [
        new(Jared, "كوشنر في الرياض", "وصل جاريد كوشنر إلى الرياض. وقال كوشنر إن الزيارة مثمرة."),
        new(Bare, "خبر قصير", "قال كوشنر إن الاجتماع كان مفيدا."),
        new(Kouchner, "حكيم الدبلوماسية", "وقال عنه وزير الخارجية الفرنسي («كوشنير») إنه أكبر الساسة حنكة."),
    ];
}

using NewsSearch.Core.Articles;
using NewsSearch.Core.People;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.People;

/// <summary>
/// Small hand-written articles, one per kind of evidence the mention resolver reads, in one temporary index
/// shared by <see cref="MentionResolverTests"/>. Each article names its person in exactly the way its id says.
/// </summary>
public sealed class ResolverArticles : IDisposable
{
    public static readonly Article[] All =
    [
        new("full-name", "لقاء", "التقى جاريد كوشنر الوفد الأوكراني في ميامي."),
        new("first-name", "لقاء", "وصل غاريد «كوشنر» إلى الرياض مساء أمس."),
        new("role-before", "لقاء", "قال صهر ترامب كوشنر إن المحادثات مثمرة."),
        new("role-after", "لقاء", "وصل كيري، وزير الخارجية الأمريكي، إلى الدوحة."),
        new("likely", "لقاء", "التقى جاريد كوشنر الوفد. وقال كوشنر بعد اللقاء إن الأجواء إيجابية."),
        new("doubtful", "خبر", "قال كوشنر إن الاجتماع كان مفيدا."),
        new("namesake-first-name", "خبر", "وصف برنار كوشنير الأمير بأنه حكيم."),
        new("namesake-role", "خبر", "وقال عنه وزير الخارجية الفرنسي («كوشنير») إنه حكيم."),
        new("namesake-next-word", "خبر", "فازت كيري واشنطن بجائزة عن دورها في المسلسل."),
        new("given-name", "خبر", "نشرت سارة كيري صورا من الحفل."),
        new("organisation-before", "خبر", "أعلنت شركة كوشنر عن مشروع جديد في نيويورك."),
        new("organisation-after", "خبر", "اشترت ويتكوف غروب فندقا في ميامي."),
        new("relative-after", "خبر", "قال دونالد ترامب جونيور إن والده سيفوز."),
        new("occupation-before", "خبر", "غنت المغنية كيري أغنية جديدة."),
        new("occupation-after", "خبر", "تعود اللوحة إلى بوتين المصرفي الإسباني."),
        new("word-intensifier", "فيلم", "الفيلم ظريف للغاية لكنه طويل."),
        new("word-negation", "رأي", "هذا أمر غير ظريف في رأيي."),
        new("word-bare", "رأي", "أكتب عنه لأنه كتاب ظريف عن بغداد القديمة."),
        new("one-sense", "خبر", "وصف برنار كوشنير الأمير بأنه حكيم. وأضاف كوشنير أنه صديق."),
        new("clitic", "خبر", "نشرت سارة وكيري صورا من اللقاء."),
        new("context", "خبر", "قال كيري بعد لقائه أوباما إن الاتفاق جيد."),
        new("role-after-clitic", "رأي", "قال كيري، فالوزير لا يتخبط."),
        new("other-spelling", "خبر", "وصل جاريد كوشنار إلى الرياض. وقال كوشنار إن الزيارة مثمرة."),
        new("other-spelling-word", "خبر", "زار الوفد كوشن في ألمانيا."),
        new("both-senses", "خبر", "كيري، المتزوج من تيريزا هاينز كيري، هو جون كيري وزير الخارجية."),
    ];

    public TempIndex Index { get; } = TempIndex.Of(All);

    public MentionReport Mentions(string person, PeopleList? people = null) => new MentionSearcher(Index.Index, people).Mentions(person);

    public void Dispose() => Index.Dispose();
}

namespace NewsSearch.Core.People;

/// <summary>
/// What Arabic news writes next to a surname whoever the person is: given names (someone else's first name
/// before the surname), words that make a company or a family of the name, words after it that name a relative,
/// occupations, and the words that show a surname that is also an ordinary word used as that word. Every list is
/// normalised as the exact fields are. Words that are also common Arabic words (علي/على، سعيد، كريم، تركي) are left
/// out of the given names on purpose: one of them before a surname says nothing.
/// </summary>
internal static class NameCues
{
    public static readonly IReadOnlySet<string> GivenNames = Set(
        // Western and Slavic first names as Arabic transliterates them
        "جون", "جورج", "جيمس", "جيم", "مايكل", "مايك", "ديفيد", "دافيد", "روبرت", "بوب", "ويليام", "وليام", "بيل",
        "ريتشارد", "توماس", "توم", "تشارلز", "تشارلي", "جوزيف", "دانيال", "دانيل", "مارك", "ستيفن", "ستيف", "أندرو",
        "كيفن", "كيفين", "براين", "جيسون", "ماثيو", "إريك", "إيريك", "اريك", "بيتر", "فرانك", "سكوت", "بنيامين",
        "أليكس", "ألكسندر", "ألكسندرا", "هنري", "جاك", "جيري", "لاري", "كريس", "كريستوفر", "نيك", "نيكولاس",
        "فرانسوا", "جان", "بيير", "لوران", "برنار", "برنارد", "جوش", "جوشوا", "ماري", "ماريا", "إليزابيث", "سارة",
        "جينيفر", "جنيفر", "ليندا", "باربرا", "سوزان", "ليزا", "نانسي", "كارين", "هيلاري", "تيريزا", "تيريز",
        "كيت", "كاثرين", "إيما", "أوليفيا", "صوفيا", "جوليا", "لورا", "ميلانيا", "إيفانكا", "إيفانا", "تيفاني",
        "بارون", "فريد", "فريدريك", "ديانا", "كارولين", "فانيسا", "كاميرون", "فيودور", "فيدور", "سيرغي", "سيرجي",
        "ديمتري", "دميتري", "ديميتري", "أليكسي", "إيغور", "أولغا", "ناتاليا", "يوليا", "تاتيانا", "إيفان", "نيكولاي",
        "ميخائيل", "بافل", "أنطون", "أوليغ", "فيكتور", "بوريس", "ليودميلا", "فولوديمير", "بيترو", "أرسيني",
        "دوكو", "رمضان", "إيلون", "خايمي", "خوسيه", "كارلوس", "خوان", "لويس", "أنطونيو", "مانويل", "فرناندو", "بابلو", "ميغيل", "بيني",
        "جاستن", "هاري", "إدوارد", "ألبرت", "آرثر", "والتر", "هيلين", "روز",
        // Arabic and Persian first names that are not also ordinary words
        "أحمد", "حسين", "خالد", "عمر", "عبدالله", "عبدالرحمن", "فاطمة", "عائشة", "مريم", "زينب", "نورة", "بثينة",
        "هند", "سعاد", "ليلى", "منى", "سلمى", "هدى", "يوسف", "إبراهيم", "موسى", "سليمان", "فيصل", "سلمان", "فهد",
        "سعود", "طلال", "بندر", "ماجد", "وليد", "طارق", "هشام", "وائل", "رامي", "زياد", "ياسر", "عمرو", "حمد",
        "راشد", "مصطفى", "محمود", "مهدي", "حميد", "جواد", "عباس", "مرتضى");

    /// <summary>Before the surname: a company, building or family of that name, not the person.</summary>
    public static readonly IReadOnlySet<string> OrganisationBefore = Set(
        "شركة", "شركات", "مجموعة", "عائلة", "أسرة", "آل", "مؤسسة", "منظمة", "برج", "أبراج", "فندق", "فنادق",
        "منتجع", "منتجعات", "جامعة", "كازينو", "ملعب", "علامة", "ماركة", "صندوق", "بنك", "مصنع", "متاجر");

    /// <summary>After the surname: words of a company's name.</summary>
    public static readonly IReadOnlySet<string> OrganisationAfter = Set(
        "كومبانيز", "كومباني", "أورغانيزيشن", "أورجانيزيشن", "اورغنايزيشن", "تاور", "تاورز", "إنترناشونال",
        "انترناشيونال", "غروب", "جروب", "القابضة", "للعقارات", "العقارية", "إندستريز", "كورب", "كوربوريشن");

    /// <summary>After the surname: a relative of the same name (جونيور، الابن).</summary>
    public static readonly IReadOnlySet<string> RelativeAfter = Set("جونيور", "جونير", "الابن", "الأب", "الصغير");

    /// <summary>Before the surname: an occupation; it marks someone else unless the person's own roles include it.</summary>
    public static readonly IReadOnlySet<string> Occupations = Set(
        "الممثل", "الممثلة", "المغني", "المغنية", "المطرب", "المطربة", "الفنان", "الفنانة", "الكاتب", "الكاتبة",
        "الروائي", "الروائية", "الرسام", "الرسامة", "الشاعر", "الشاعرة", "اللاعب", "اللاعبة", "المخرج", "المخرجة",
        "الصحفي", "الصحفية", "الصحافي", "الصحافية", "المذيع", "المذيعة", "الوريثة", "السيدة", "الآنسة", "الأديب",
        "الأديبة", "المصمم", "المصممة", "الملاكم", "المدرب", "عارضة", "الطاهي", "الشيف", "المؤلف", "المؤلفة",
        "المصرفي", "المصرفية", "الرياضي", "الرياضية", "الموسيقي", "الموسيقار", "النجم", "النجمة");

    /// <summary>After a surname that is also a word: it is being used as that word ("ظريف جدا").</summary>
    public static readonly IReadOnlySet<string> IntensifiersAfter = Set("جدا", "جداً", "للغاية", "تماما");

    /// <summary>Before a surname that is also a word: negation or degree ("غير ظريف"، "أكثر ظريف").</summary>
    public static readonly IReadOnlySet<string> DegreeBefore = Set("غير", "جد", "أكثر", "أقل", "كم", "ما");

    private static HashSet<string> Set(params string[] words) =>
        words.Select(w => string.Join(' ', NameForms.Tokens(w))).Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);
}

using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.People;

namespace NewsSearch.Core.Searching;

/// <summary>
/// Reads the user's query language: words (all required by default), "exact phrase", OR, NOT or -,
/// prefix*, field:value for title: and body:, and person:name for every spelling of a person. Built on Lucene's classic query parser.
/// An exact word form is asked for with <c>=word</c> or <c>exact:word</c> / <c>exact:"a phrase"</c> (the *_exact fields);
/// a term with spelling variants (<see cref="SpellingVariants"/>) also matches its variants.
/// </summary>
public sealed partial class NewsQueryParser
{
    private readonly Analyzer analyzer;
    private readonly SpellingVariants variants;
    private readonly PeopleList people;
    private readonly Func<PersonForms, IReadOnlyCollection<string>> notCounted;

    /// <param name="people">Who <c>person:</c> knows (default: the shipped people list).</param>
    /// <param name="notCounted">The articles a <c>person:</c> query leaves out: those where no mention of the name counts
    /// (default: none).</param>
    public NewsQueryParser(Analyzer analyzer, SpellingVariants? variants = null, PeopleList? people = null,
        Func<PersonForms, IReadOnlyCollection<string>>? notCounted = null)
    {
        this.analyzer = analyzer;
        this.variants = variants ?? SpellingVariants.Shipped;
        this.people = people ?? PeopleList.Shipped;
        this.notCounted = notCounted ?? (_ => []);
    }

    /// <summary>The fields a query may name; <c>name:</c> for any other name is punctuation (<see cref="QueryPunctuation"/>).</summary>
    public static readonly IReadOnlySet<string> Fields = new HashSet<string>(StringComparer.Ordinal)
    {
        IndexSchema.Title, IndexSchema.Body, IndexSchema.TitleExact, IndexSchema.BodyExact, IndexSchema.TitleGrams,
        IndexSchema.BodyGrams, IndexSchema.Id, AnalysisAwareParser.ExactField, AnalysisAwareParser.PersonField,
        FilterSyntax.SourceField, FilterSyntax.DateField,
    };

    /// <summary>
    /// Whether a word also matches its verb's other tenses and persons (<see cref="VerbTenses"/>: يجتمع finds اجتمع);
    /// on by default, off to measure without it.
    /// </summary>
    internal bool JoinsVerbTenses { get; private init; } = true;

    internal NewsQueryParser WithVerbTenses(bool join) => new(analyzer, variants, people, notCounted) { JoinsVerbTenses = join };

    public Query Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new QuerySyntaxException("the query is empty");
        QueryLength.Check(text);
        text = QueryPunctuation.Neutralise(text, Fields);
        if (string.IsNullOrWhiteSpace(text)) throw new QuerySyntaxException("the query has no word to search for (only punctuation)");
        QueryLimits.Check(text);
        try
        {
            return ExclusionOnly.FromEveryArticle(CreateParser().Parse(text));
        }
        catch (ParseException e)
        {
            throw new QuerySyntaxException($"malformed query: {Describe(e)}");
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw new QuerySyntaxException($"the query expands to more than {BooleanQuery.MaxClauseCount} terms; make it narrower");
        }
    }

    /// <summary>
    /// True when the text asks only for words and "phrases" (prefixes, fuzzy words and (groups) allowed): no field
    /// names, no OR, nothing excluded, no ranges or boosts. Only such a query is searched again for some of its words
    /// when no article has all of them.
    /// </summary>
    public static bool OnlyWordsAndPhrases(string text)
    {
        var unquoted = Quoted().Replace(QueryPunctuation.Neutralise(text, Fields), " ");
        return !Syntax().IsMatch(unquoted) && !unquoted.Split([' ', '\t', '\n', '\r', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Any(w => w is "AND" or "OR" or "NOT");
    }

    private QueryParser CreateParser()
    {
        var boosts = new Dictionary<string, float> { [IndexSchema.Title] = IndexSchema.TitleBoost, [IndexSchema.Body] = 1f };
        return new AnalysisAwareParser(
            [.. IndexSchema.TextFields], analyzer, boosts, variants, JoinsVerbTenses ? VerbTenses.Shipped : null, people, notCounted)
        {
            DefaultOperator = Operator.AND,
            AllowLeadingWildcard = false,
            MultiTermRewriteMethod = CappedExpansionRewrite.Instance,
        };
    }

    private static string Describe(ParseException e)
    {
        // Lucene's first line says what was found; the lines after it list every token it expected.
        var found = e.Message.Split('\n')[0].Trim();
        if (found.Contains("Lexical error") && found.Contains("<EOF>")) return "a quote is not closed";
        if (found.Contains("<EOF>")) return "the query ends where a word was expected (a lone operator or an unclosed bracket?)";
        if (found.Contains("not allowed as first character"))
            return "a word cannot start with * or ? (leading wildcards are not supported)";
        var unexpected = UnexpectedToken().Match(found);
        if (unexpected.Success)
            return $"unexpected '{unexpected.Groups["token"].Value}' at character {int.Parse(unexpected.Groups["column"].Value) + 1}";
        var cut = found.IndexOf("': ", StringComparison.Ordinal);
        return cut > 0 ? found[(cut + 3)..] : found;
    }

    [GeneratedRegex(@"[:^\[\]{}\\/]|&&|\|\||(^|[\s(])[+\-!=]")]
    private static partial Regex Syntax();

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex Quoted();

    [GeneratedRegex("\"(?<token>[^\"<>]+?) ?\"\"\\s+at line \\d+, column (?<column>\\d+)")]
    private static partial Regex UnexpectedToken();

    /// <summary>Adds exact forms, spelling variants and <c>person:</c> to Lucene's multi-field parser.</summary>
    private sealed class AnalysisAwareParser(string[] fields, Analyzer analyzer, IDictionary<string, float> boosts,
        SpellingVariants variants, VerbTenses? tenses, PeopleList people, Func<PersonForms, IReadOnlyCollection<string>> notCounted)
        : MultiFieldQueryParser(NewsAnalyzer.Lucene, fields, analyzer, boosts)
    {
        public const string ExactField = "exact";
        public const string PersonField = "person";
        private static readonly (string Field, float Boost)[] ExactFields =
            [(IndexSchema.TitleExact, IndexSchema.TitleBoost), (IndexSchema.BodyExact, 1f)];

        protected override Query GetFieldQuery(string field, string queryText, bool quoted)
        {
            if (OnWholeValueField(field, queryText, quoted) is { } whole) return whole;
            if (field == PersonField) return Person(queryText);
            if (field == ExactField) return ExactQuery(queryText, quoted, 0);
            if (field is null && !quoted && queryText.Length > 1 && queryText[0] == '=') return ExactQuery(queryText[1..], false, 0);
            return NoPhraseWithoutPositions(field, queryText, base.GetFieldQuery(field, queryText, quoted));
        }

        /// <summary>Quoted text ("a phrase", optionally ~slop) arrives here (Lucene's multi-field parser then skips the overload
        /// above).</summary>
        protected override Query GetFieldQuery(string field, string queryText, int slop) => field switch
        {
            PersonField => Person(queryText),
            ExactField => ExactQuery(queryText, true, slop),
            _ => OnWholeValueField(field, queryText, true)
                 ?? NoPhraseWithoutPositions(field, queryText, base.GetFieldQuery(field, queryText, slop)),
        };

        /// <summary>
        /// <c>id:</c> and <c>source:</c> hold each value whole, as one term: the text is that term, unanalysed. A quoted
        /// source with a space in it is two sources, which a term cannot mean. <c>date:</c> is only a filter.
        /// </summary>
        private static TermQuery? OnWholeValueField(string? field, string text, bool quoted)
        {
            if (field == FilterSyntax.DateField)
                throw new QuerySyntaxException(
                    "date: is a filter: write date:YYYY-MM-DD or date:[YYYY-MM-DD TO YYYY-MM-DD], without quotes");
            if (field is not (IndexSchema.Id or IndexSchema.Source)) return null;
            if (field == IndexSchema.Source && quoted && text.Any(char.IsWhiteSpace))
                throw new QuerySyntaxException(
                    $"source:\"{text}\": a source is one name; for any of several write source:okaz source:aawsat");
            return new TermQuery(new Term(field, text));
        }

        /// <summary>Lucene would fail the whole search on a phrase in a field without positions (trigrams): refuse it here.</summary>
        private static Query NoPhraseWithoutPositions(string? field, string text, Query query) =>
            query is PhraseQuery or MultiPhraseQuery && field is not null && IndexSchema.WithoutPositionData.Contains(field)
                ? throw new QuerySyntaxException(
                    $"{field}:\"{text}\": {field} has no word positions, so it cannot match a phrase; search title: or body: instead")
                : query;

        /// <summary>
        /// <c>person:witkoff</c> or <c>person:"ستيف ويتكوف"</c>: every spelling of the person, or the name's own forms,
        /// leaving out the articles where no mention of the name counts (<see cref="MentionSearcher.ArticlesNotCounted"/>).
        /// </summary>
        private Query Person(string name)
        {
            try
            {
                var person = PersonForms.Resolve(people, name);
                return PersonQuery.Leaving(PersonQuery.For(person), notCounted(person));
            }
            catch (PeopleException e) { throw new QuerySyntaxException($"person:{name}: {e.Message}"); }
        }

        /// <summary>
        /// <c>word~</c> (or <c>title:word~</c>): the word's exact form within one or two edits, first letter(s) fixed,
        /// ranked by closeness then BM25 (<see cref="FuzzyWordQuery"/>).
        /// </summary>
        protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity)
        {
            if (field is not (null or IndexSchema.Title or IndexSchema.Body or ExactField) || NameForms.Tokens(termStr) is not [var form])
                return base.GetFuzzyQuery(field, termStr, minSimilarity);
            IReadOnlyList<(string, float)> fields = field switch
            {
                IndexSchema.Title => [(IndexSchema.TitleExact, IndexSchema.TitleBoost)],
                IndexSchema.Body => [(IndexSchema.BodyExact, 1f)],
                _ => FuzzyWordQuery.TitleAndBody,
            };
            return FuzzyWordQuery.For(form, minSimilarity >= 1 ? (int)minSimilarity : 2, fields);
        }

        /// <summary>
        /// <c>مفاوض*</c>, <c>title:المفاوض*</c>, <c>exact:المفاوض*</c>, <c>=المفاوض*</c>: the prefix analysed as its field
        /// analyses the start of a word (<see cref="WordStart"/>), so <c>المفاوض*</c> finds what <c>مفاوض*</c> finds.
        /// </summary>
        protected override Query GetPrefixQuery(string field, string termStr) =>
            WordStartQuery(field, termStr, prefix: true) ?? base.GetPrefixQuery(field, termStr);

        /// <summary><c>م?اوض*</c>: the letters between the wildcards analysed as for <see cref="GetPrefixQuery"/>.</summary>
        protected override Query GetWildcardQuery(string field, string termStr) =>
            WordStartQuery(field, termStr, prefix: false) ?? base.GetWildcardQuery(field, termStr);

        /// <summary>
        /// The prefix or wildcard query in a text field, or null for Lucene's own handling (no field given: its
        /// multi-field parser asks again field by field; <c>id:</c>, <c>source:</c>). Refuses a word left with too few
        /// letters before its wildcard (<c>ال*</c>, <c>الم*</c>), which would otherwise find nothing or almost anything.
        /// </summary>
        private Query? WordStartQuery(string? field, string text, bool prefix)
        {
            if (field is null && text.Length > 1 && text[0] == '=') return ExactWordStart(text[1..], prefix);
            if (field == ExactField) return ExactWordStart(text, prefix);
            bool? stemmed = field switch
            {
                IndexSchema.Title or IndexSchema.Body => true,
                IndexSchema.TitleExact or IndexSchema.BodyExact => false,
                _ => null,
            };
            if (stemmed is not { } isStemmed) return null;
            var start = Analysed(text, prefix, isStemmed);
            if (LettersBeforeWildcard(start, prefix) >= QueryLimits.MinLettersBeforeWildcard)
                return prefix ? base.GetPrefixQuery(field, start) : base.GetWildcardQuery(field, start);
            var word = prefix ? text + "*" : text;
            var lostTheArticle = isStemmed && LettersBeforeWildcard(Analysed(text, prefix, false), prefix) >= QueryLimits.MinLettersBeforeWildcard;
            throw QueryLimits.TooFewLetters(word,
                lostTheArticle ? $" besides the article ال and the letters before it (for a word that starts with them: ={word})" : null);
        }

        private static string Analysed(string text, bool prefix, bool stemmed) =>
            prefix ? WordStart.OfPrefix(text, stemmed) : WordStart.OfPattern(text, stemmed);

        private static int LettersBeforeWildcard(string start, bool prefix) =>
            prefix ? start.Length : start.IndexOfAny(['*', '?']) is var at and >= 0 ? at : start.Length;

        private Query ExactWordStart(string text, bool prefix)
        {
            var any = new BooleanQuery(disableCoord: true);
            foreach (var (field, boost) in ExactFields)
            {
                var query = prefix ? GetPrefixQuery(field, text) : GetWildcardQuery(field, text);
                query.Boost = boost;
                any.Add(query, Occur.SHOULD);
            }
            return any;
        }

        /// <summary>A stemmed word also matches its spelling variants and, read as a verb, its other tenses and persons.</summary>
        protected override Query NewTermQuery(Term term)
        {
            if (term.Field is not (IndexSchema.Title or IndexSchema.Body)) return base.NewTermQuery(term);
            var forms = new List<string>(variants.Of(term.Text) ?? [term.Text]);
            if (tenses is not null) forms.AddRange(tenses.Of(term.Text).Except(forms, StringComparer.Ordinal));
            if (forms.Count == 1) return base.NewTermQuery(term);
            var any = new BooleanQuery(disableCoord: true);
            foreach (var form in forms) any.Add(base.NewTermQuery(new Term(term.Field, form)), Occur.SHOULD);
            return any;
        }

        private Query ExactQuery(string text, bool quoted, int slop)
        {
            var any = new BooleanQuery(disableCoord: true);
            foreach (var (field, boost) in ExactFields)
            {
                if (base.GetFieldQuery(field, text, quoted) is not { } query) continue;
                query.Boost = boost;
                if (query is PhraseQuery phrase) phrase.Slop = slop;
                if (query is MultiPhraseQuery multiPhrase) multiPhrase.Slop = slop;
                any.Add(query, Occur.SHOULD);
            }
            return any.Clauses.Count == 0 ? null! : any;
        }
    }
}

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// The tokens of one analysed text (term, position increment, offsets), kept so that several streams can
/// read them again without analysing the text again. Recording a new text invalidates earlier replays' tokens.
/// </summary>
internal sealed class RecordedTokens
{
    private char[] chars = new char[4096];
    private Token[] tokens = new Token[512];
    private int count;
    private int finalOffset;
    private int finalPositionIncrement;

    private readonly record struct Token(int TermStart, int TermLength, int PositionIncrement, int StartOffset, int EndOffset);

    /// <summary>Consumes the whole stream (reset, read, end, dispose) and keeps its tokens.</summary>
    public void Record(TokenStream stream)
    {
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        count = 0;
        var used = 0;
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (used + term.Length > chars.Length) Array.Resize(ref chars, Math.Max(chars.Length * 2, used + term.Length));
            if (count == tokens.Length) Array.Resize(ref tokens, count * 2);
            Array.Copy(term.Buffer, 0, chars, used, term.Length);
            tokens[count++] = new Token(used, term.Length, increment.PositionIncrement, offsets.StartOffset, offsets.EndOffset);
            used += term.Length;
        }
        stream.End();
        (finalOffset, finalPositionIncrement) = (offsets.EndOffset, increment.PositionIncrement);
        stream.Dispose();
    }

    /// <summary>A stream over the recorded tokens, reusable: every reset starts again from the first token.</summary>
    public TokenStream Replay() => new Replayer(this);

    private sealed class Replayer : TokenStream
    {
        private readonly RecordedTokens recorded;
        private readonly ICharTermAttribute term;
        private readonly IOffsetAttribute offsets;
        private readonly IPositionIncrementAttribute increment;
        private int next;

        public Replayer(RecordedTokens recorded)
        {
            this.recorded = recorded;
            term = AddAttribute<ICharTermAttribute>();
            offsets = AddAttribute<IOffsetAttribute>();
            increment = AddAttribute<IPositionIncrementAttribute>();
        }

        public override void Reset()
        {
            base.Reset();
            next = 0;
        }

        public override bool IncrementToken()
        {
            if (next == recorded.count) return false;
            ClearAttributes();
            var token = recorded.tokens[next++];
            term.CopyBuffer(recorded.chars, token.TermStart, token.TermLength);
            increment.PositionIncrement = token.PositionIncrement;
            offsets.SetOffset(token.StartOffset, token.EndOffset);
            return true;
        }

        public override void End()
        {
            base.End();
            offsets.SetOffset(recorded.finalOffset, recorded.finalOffset);
            increment.PositionIncrement = recorded.finalPositionIncrement;
        }
    }
}

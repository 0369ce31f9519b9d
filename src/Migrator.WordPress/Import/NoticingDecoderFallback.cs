using System.Text;

namespace Migrator.WordPress.Import;

/// <summary>
/// Replaces bytes that are not valid in the file's encoding with U+FFFD, as the default decoder does, but tells
/// someone: an export that mixes encodings should not lose characters silently.
/// </summary>
internal sealed class NoticingDecoderFallback(Action noticed) : DecoderFallback
{
    private readonly DecoderReplacementFallback _replacement = new("\uFFFD");

    public override int MaxCharCount => _replacement.MaxCharCount;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(_replacement.CreateFallbackBuffer(), noticed);

    private sealed class Buffer(DecoderFallbackBuffer inner, Action noticed) : DecoderFallbackBuffer
    {
        public override int Remaining => inner.Remaining;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            noticed();
            return inner.Fallback(bytesUnknown, index);
        }

        public override char GetNextChar() => inner.GetNextChar();

        public override bool MovePrevious() => inner.MovePrevious();

        public override void Reset() => inner.Reset();
    }
}

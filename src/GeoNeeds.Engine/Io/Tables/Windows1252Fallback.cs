using System.Text;

namespace GeoNeeds.Engine.Io.Tables;

/// <summary>
/// Decodes bytes that are not valid UTF-8 as Windows-1252 (a superset of Latin-1 for printable text), which is
/// what spreadsheets on British Windows machines save as "CSV". Replacing them with U+FFFD would silently destroy
/// names; this keeps them readable and counts them so the reader can warn.
/// </summary>
internal sealed class Windows1252Fallback : DecoderFallback
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("The Windows-1252 code page is not available.");

    /// <summary>How many bytes were not valid UTF-8 so far.</summary>
    public long InvalidBytes { get; private set; }

    /// <summary>At most four bytes are handed over at a time (the longest UTF-8 sequence), one character each.</summary>
    public override int MaxCharCount => 4;

    /// <summary>UTF-8 decoding with this fallback, for text without a byte order mark or with a UTF-8 one.</summary>
    public Encoding Utf8()
    {
        var encoding = (Encoding)new UTF8Encoding(false).Clone();
        encoding.DecoderFallback = this;
        return encoding;
    }

    /// <summary>The warning every reader gives once it has read <paramref name="file"/>, or <c>null</c> when all its bytes were UTF-8.</summary>
    public InputWarning? Warning(string file) => InvalidBytes == 0 ? null : new InputWarning(file, 0,
        $"{InvalidBytes} byte(s) are not valid UTF-8 and were read as Windows-1252 (Latin-1); save the file as UTF-8 to be sure its text is read as intended");

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    private sealed class Buffer(Windows1252Fallback owner) : DecoderFallbackBuffer
    {
        private string _characters = "";
        private int _next;

        public override int Remaining => _characters.Length - _next;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            owner.InvalidBytes += bytesUnknown.Length;
            _characters = Windows1252.GetString(bytesUnknown);
            _next = 0;
            return true;
        }

        public override char GetNextChar() => _next < _characters.Length ? _characters[_next++] : '\0';

        public override bool MovePrevious()
        {
            if (_next == 0)
            {
                return false;
            }

            _next--;
            return true;
        }

        public override void Reset()
        {
            _characters = "";
            _next = 0;
        }
    }
}

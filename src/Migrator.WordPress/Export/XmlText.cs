using System.Text;
using System.Xml;

namespace Migrator.WordPress.Export;

/// <summary>
/// Makes a string writable into XML 1.0: line endings become LF (writers emit LF, and XML would turn a CR into LF
/// anyway) and characters XML forbids (C0 controls other than tab and LF, U+FFFE, U+FFFF, lone surrogates) are removed.
/// </summary>
internal static class XmlText
{
    /// <summary>The cleaned text and how many characters were removed (CR LF → LF is not counted).</summary>
    public static (string Text, int Removed) Clean(string text)
    {
        if (IsClean(text))
            return (text, 0);
        var sb = new StringBuilder(text.Length);
        var removed = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                sb.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                sb.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                sb.Append(c);
            }
            else
            {
                removed++;
            }
        }
        return (sb.ToString(), removed);
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
                return false;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                i++;
                continue;
            }
            if (!XmlConvert.IsXmlChar(c))
                return false;
        }
        return true;
    }
}

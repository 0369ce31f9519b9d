using System.Buffers;
using System.Text;

namespace Migrator.Core.Markup;

/// <summary>Decoding and encoding of HTML character data: one place for entities.</summary>
internal static class HtmlText
{
    // The characters AppendText and AppendAttribute encode; everything between them is appended as one run.
    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("&<>");
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("&\"<>\n\r");

    /// <summary>
    /// Decodes character references (HTML5 named, decimal, hexadecimal) in raw HTML text or attribute values, as a
    /// browser does: numeric references 128–159 are Windows-1252 (<c>&amp;#150;</c> is –), as in <see cref="Text.HtmlEntities"/>.
    /// </summary>
    public static string Decode(string raw) => Text.HtmlEntities.Decode(raw);

    /// <summary>A URL attribute value (<c>href</c>, <c>src</c>…) decoded and trimmed of ASCII whitespace, as browsers read URLs.</summary>
    public static string Url(string raw) => Decode(raw).Trim(AsciiWhitespace);

    private static readonly char[] AsciiWhitespace = [' ', '\t', '\n', '\f', '\r'];

    /// <summary>Appends text with the characters that HTML text cannot hold literally encoded (&amp;, &lt;, &gt;).</summary>
    public static void AppendText(StringBuilder sb, string text)
    {
        var rest = text.AsSpan();
        for (var at = rest.IndexOfAny(TextSpecials); at >= 0; at = rest.IndexOfAny(TextSpecials))
        {
            sb.Append(rest[..at]);
            AppendText(sb, rest[at]);
            rest = rest[(at + 1)..];
        }
        sb.Append(rest);
    }

    /// <summary>Appends one character of HTML text, encoded when it must be.</summary>
    public static void AppendText(StringBuilder sb, char c)
    {
        switch (c)
        {
            case '&': sb.Append("&amp;"); break;
            case '<': sb.Append("&lt;"); break;
            case '>': sb.Append("&gt;"); break;
            default: sb.Append(c); break;
        }
    }

    /// <summary>Appends an attribute value for a double-quoted attribute; newlines are encoded so the tag stays on one line.</summary>
    public static void AppendAttribute(StringBuilder sb, string value)
    {
        var rest = value.AsSpan();
        for (var at = rest.IndexOfAny(AttributeSpecials); at >= 0; at = rest.IndexOfAny(AttributeSpecials))
        {
            sb.Append(rest[..at]);
            AppendAttributeChar(sb, rest[at]);
            rest = rest[(at + 1)..];
        }
        sb.Append(rest);
    }

    private static void AppendAttributeChar(StringBuilder sb, char c)
    {
        switch (c)
        {
            case '&': sb.Append("&amp;"); break;
            case '"': sb.Append("&quot;"); break;
            case '<': sb.Append("&lt;"); break;
            case '>': sb.Append("&gt;"); break;
            case '\n': sb.Append("&#10;"); break;
            case '\r': sb.Append("&#13;"); break;
            default: sb.Append(c); break;
        }
    }

    /// <summary>
    /// A comment as written, in the one form every reader ends where the HTML parser did. A processing instruction
    /// (<c>&lt;?…&gt;</c>) and a CDATA section outside SVG or MathML are bogus comments that end at the first
    /// <c>&gt;</c>, but CommonMark ends such raw blocks at <c>?&gt;</c> or <c>]]&gt;</c>, which may come much later (or never):
    /// they are written as the <c>&lt;!--…--&gt;</c> comment a browser reads them as. A comment the HTML parser ends at
    /// <c>--!&gt;</c> ends there, where CommonMark would wait for <c>--&gt;</c>: it is written ending in <c>--&gt;</c>.
    /// </summary>
    public static string Comment(string comment)
    {
        if (comment.Length > 2 && comment.EndsWith('>') && (comment.StartsWith("<?", StringComparison.Ordinal) || comment.StartsWith("<![", StringComparison.Ordinal)))
            return string.Concat("<!--", comment.AsSpan(comment[1] == '!' ? 2 : 1, comment.Length - (comment[1] == '!' ? 3 : 2)), "-->");
        if (comment.Length >= 8 && comment.StartsWith("<!--", StringComparison.Ordinal) && comment.EndsWith("--!>", StringComparison.Ordinal))
            return string.Concat(comment.AsSpan(0, comment.Length - 4), "-->");
        return comment;
    }

    /// <summary>HTML's collapsible whitespace (space, tab, LF, FF, CR); U+00A0 is not whitespace here.</summary>
    public static bool IsCollapsible(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}

using HtmlAgilityPack;

namespace Migrator.Core.Markup;

/// <summary>Parses an HTML fragment with HtmlAgilityPack, CRLF read as LF: the one way the markup code parses HTML.</summary>
internal static class HtmlFragmentParser
{
    public static HtmlDocument Parse(string html)
    {
        var document = new HtmlDocument();
        document.LoadHtml(html.Replace("\r\n", "\n", StringComparison.Ordinal));
        return document;
    }
}

using HtmlAgilityPack;

namespace Migrator.Core.Markup;

/// <summary>
/// Parses an HTML fragment with HtmlAgilityPack, CRLF read as LF, into the tree a browser builds where the two differ
/// (<see cref="BrowserTreeRules"/>): the one way the markup code parses HTML. <see cref="ParseAsWritten"/> is the one
/// way code that needs positions in the text parses it.
/// </summary>
internal static class HtmlFragmentParser
{
    /// <summary>
    /// The deepest element nesting parsed. HtmlAgilityPack's parser walks every ancestor of each node it appends
    /// (time grows with the square of the depth: 20,000 levels take tens of seconds) and marks them changed
    /// recursively, so a deeper body is refused before that cost: the one item fails with
    /// <see cref="MarkupTooDeepException"/>, the run goes on.
    /// </summary>
    public const int MaxDepth = 4096;

    private const string HtmlAgilityPackDepthMessage = "Document has more than ";

    public static HtmlDocument Parse(string html)
    {
        // No element is looked up by id: HtmlAgilityPack need not index them (the tree is the same).
        var document = new HtmlDocument { OptionMaxNestedChildNodes = MaxDepth, OptionUseIdAttribute = false };
        try
        {
            document.LoadHtml(BrowserTreeRules.WithoutSelfClosingNonVoid(WithoutUnterminatedTag(html.Replace("\r\n", "\n", StringComparison.Ordinal))));
        }
        catch (Exception ex) when (ex.GetType() == typeof(Exception) && ex.Message.StartsWith(HtmlAgilityPackDepthMessage, StringComparison.Ordinal))
        {
            // HtmlAgilityPack reports OptionMaxNestedChildNodes with a plain Exception; only that one is turned into ours.
            throw new MarkupTooDeepException(MaxDepth, ex);
        }
        BrowserTreeRules.IgnoreDocumentTagsAfterContent(document);
        BrowserTreeRules.CloseParagraphsBeforeBlocks(document);
        return document;
    }

    /// <summary>
    /// Parses <paramref name="html"/> as HtmlAgilityPack reads it, with none of <see cref="Parse"/>'s changes, so that
    /// node and attribute positions point into this very string: for finders that report or rewrite places in the text.
    /// </summary>
    public static HtmlDocument ParseAsWritten(string html)
    {
        var document = new HtmlDocument { OptionUseIdAttribute = false }; // as in Parse
        document.LoadHtml(html);
        return document;
    }

    /// <summary>
    /// A tag cut off by the end of the input (<c>&lt;div id="foo"</c> and no <c>&gt;</c>): the HTML tokenizer drops it,
    /// with the text it swallowed, where HtmlAgilityPack would make an element of it with that text as attributes.
    /// </summary>
    private static string WithoutUnterminatedTag(string html)
    {
        if (html.LastIndexOf('<') <= html.LastIndexOf('>'))
            return html;
        var tokens = Text.HtmlLexer.Tokenize(html);
        return tokens.Count > 0 && tokens[^1] is { Kind: Text.HtmlTokenKind.Tag } last && html[last.End - 1] != '>'
            ? html[..last.Start]
            : html;
    }
}

/// <summary>An HTML body nests elements deeper than <see cref="HtmlFragmentParser.MaxDepth"/>: it is not converted.</summary>
public sealed class MarkupTooDeepException(int limit, Exception? inner = null) : Exception(
    $"the HTML body nests elements more than {limit} deep, which no editor writes; it was not converted. Simplify that post's markup in the source and convert again.",
    inner)
{
    /// <summary>The nesting depth that was exceeded.</summary>
    public int Limit { get; } = limit;
}

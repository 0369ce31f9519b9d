using HtmlAgilityPack;

namespace Migrator.Core.Markup;

/// <summary>
/// The language of a code block (<c>&lt;pre&gt;</c>, or <c>&lt;pre&gt;&lt;code&gt;</c>) from the conventions of the
/// syntax highlighters WordPress posts use, and whether its attributes say nothing else, so that a fenced code block
/// (<c>```lang</c>, rendered <c>&lt;pre&gt;&lt;code class="language-lang"&gt;</c>) keeps all they mean:
/// <list type="bullet">
/// <item><c>language-x</c> (HTML's own recommendation, Prism, highlight.js) and <c>lang-x</c> (Google prettify);</item>
/// <item>SyntaxHighlighter's <c>brush: x</c>, its other <c>key: value;</c> settings included (<c>light: true</c>), but
/// not a <c>title</c>, which it shows above the code;</item>
/// <item>Crayon's <c>lang:x</c> (and its <c>decode:true</c>-style settings);</item>
/// <item>highlight.js's <c>hljs x</c> and GeSHi's <c>x geshi</c>: a bare name beside the highlighter's marker;</item>
/// <item>WP-Syntax's <c>lang="x"</c> attribute on <c>pre</c> (with its <c>escaped</c> and <c>line</c> settings);</item>
/// <item>markers that name no language: <c>prettyprint</c>, <c>linenums</c>, <c>hljs</c>, <c>geshi</c>, <c>line-numbers</c>, <c>notranslate</c>.</item>
/// </list>
/// The language on <c>code</c> wins over the one on <c>pre</c>. Any other class or attribute (a theme's
/// <c>wp-block-verse</c>, a <c>style</c>) is something a fence would lose.
/// </summary>
internal static class CodeLanguage
{
    private static readonly System.Buffers.SearchValues<char> BrushEnd = System.Buffers.SearchValues.Create("; \t\n\r\f\"'");
    private static readonly System.Buffers.SearchValues<char> Whitespace = System.Buffers.SearchValues.Create(" \t\n\r\f");

    private static readonly string[] Markers = ["prettyprint", "linenums", "hljs", "geshi", "line-numbers", "notranslate"];

    /// <summary>
    /// Reads the language of a code block: <paramref name="pre"/> holding text, or holding only <paramref name="code"/>.
    /// False when an attribute or class means something a fenced code block cannot keep.
    /// </summary>
    public static bool TryRead(HtmlNode pre, HtmlNode? code, out string language)
    {
        language = "";
        string? preLanguage = null, codeLanguage = null;
        foreach (var attribute in pre.Attributes)
        {
            var value = HtmlText.Decode(attribute.Value ?? "");
            switch (attribute.Name)
            {
                case "class" when TryReadClasses(value, out var fromClass):
                    preLanguage ??= fromClass;
                    break;
                case "lang" when value.Trim().Length > 0:
                    preLanguage ??= value.Trim();
                    break;
                case "escaped" or "line":
                    break;
                default:
                    return false;
            }
        }
        if (code is not null)
        {
            foreach (var attribute in code.Attributes)
            {
                if (attribute.Name != "class" || !TryReadClasses(HtmlText.Decode(attribute.Value ?? ""), out codeLanguage))
                    return false;
            }
        }
        language = codeLanguage ?? preLanguage ?? "";
        // An info string is read up to its first space: a language name holding one cannot be kept.
        return !language.AsSpan().ContainsAny(Whitespace);
    }

    /// <summary>The text of a code block <see cref="TryRead"/> accepts (entities decoded, the newline HTML drops after <c>&lt;pre&gt;</c> dropped), or null.</summary>
    public static string? TextOf(HtmlNode pre, out string language)
    {
        language = "";
        if (OnlyText(pre))
        {
            if (!TryRead(pre, null, out language))
                return null;
            var text = HtmlText.Decode(Concatenated(pre));
            return text.StartsWith('\n') ? text[1..] : text;
        }
        return pre.ChildNodes.Count == 1 && pre.FirstChild is { Name: "code" } code && OnlyText(code) && TryRead(pre, code, out language)
            ? HtmlText.Decode(Concatenated(code))
            : null;
    }

    private static bool OnlyText(HtmlNode element)
    {
        foreach (var child in element.ChildNodes)
        {
            if (child.NodeType != HtmlNodeType.Text)
                return false;
        }
        return true;
    }

    private static string Concatenated(HtmlNode element) => string.Concat(element.ChildNodes.Select(c => ((HtmlTextNode)c).Text));

    /// <summary>Reads a class attribute made only of highlighter conventions; <paramref name="language"/> is null when none names one.</summary>
    private static bool TryReadClasses(string classes, out string? language)
    {
        language = null;
        var brush = classes.IndexOf("brush:", StringComparison.Ordinal);
        if (brush >= 0)
        {
            // SyntaxHighlighter: the whole attribute is its settings ("brush: bash; light: true;"); a title shows above the code.
            if (classes.Contains("title:", StringComparison.Ordinal))
                return false;
            var value = classes.AsSpan(brush + 6).TrimStart();
            var end = value.IndexOfAny(BrushEnd);
            var name = (end < 0 ? value : value[..end]).ToString();
            language = name.Length > 0 ? name : null;
            return true;
        }
        var tokens = classes.Split([' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries);
        string? bare = null;
        var marked = false;
        foreach (var token in tokens)
        {
            if (token.StartsWith("language-", StringComparison.Ordinal) && token.Length > 9)
                language ??= token[9..];
            else if (token.StartsWith("lang-", StringComparison.Ordinal) && token.Length > 5)
                language ??= token[5..];
            else if (token.StartsWith("lang:", StringComparison.Ordinal) && token.Length > 5)
                language ??= token[5..];
            else if (token.Contains(':', StringComparison.Ordinal))
                continue; // a highlighter's setting: linenums:4, decode:true
            else if (Array.IndexOf(Markers, token) >= 0)
                marked |= token is "hljs" or "geshi";
            else if (bare is null)
                bare = token;
            else
                return false;
        }
        if (bare is null)
            return true;
        if (!marked || language is not null)
            return false;
        language = bare;
        return true;
    }
}

using System.Text.RegularExpressions;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;
using Migrator.Core.Text;

namespace Migrator.Core.Normalisation.Shortcodes;

/// <summary>Renders one registered shortcode; null keeps it as written.</summary>
internal delegate string? ShortcodeHandler(Shortcode shortcode, ShortcodeExpander expander);

/// <summary>The shortcodes Migrator knows, and what each becomes.</summary>
internal static class ShortcodeRegistry
{
    /// <summary>Syntax-highlighter names (SyntaxHighlighter Evolved and friends): code only in their enclosing form.</summary>
    public static readonly string[] CodeAliases =
    [
        "php", "js", "javascript", "html", "xml", "css", "bash", "shell", "sql", "python", "py", "ruby", "rb", "java",
        "csharp", "cpp", "perl", "powershell", "scala", "objc", "diff", "plain", "text",
    ];

    /// <summary>Every name that renders as code.</summary>
    public static IReadOnlyList<string> CodeNames { get; } = ["code", "sourcecode", .. CodeAliases];

    public static readonly IReadOnlyDictionary<string, ShortcodeHandler> Handlers = BuildHandlers();

    /// <summary>Every registered name, for the parser and <c>shortcode_unautop</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Handlers.Keys];

    /// <summary>Plugin shortcodes often used without attributes (<c>[contact-form]</c>), reported when met.</summary>
    public static readonly string[] KnownPluginNames =
    [
        "contact-form", "contact-form-7", "gist", "tweet", "instagram", "soundcloud", "slideshare", "googlemaps",
        "polldaddy", "latex", "wpvideo", "archives", "sitemap", "playlist", "ted", "twitter", "recipe", "portfolio",
        "testimonials", "dailymotion", "flickr", "scribd", "bandcamp", "spotify", "wufoo", "gravityform", "ninja_form",
        "mailchimp", "subscribe", "related", "toc", "fusion_builder_container", "vc_row", "et_pb_section",
    ];

    private static Dictionary<string, ShortcodeHandler> BuildHandlers()
    {
        var handlers = new Dictionary<string, ShortcodeHandler>(StringComparer.Ordinal)
        {
            ["caption"] = CaptionShortcode.Render,
            ["wp_caption"] = CaptionShortcode.Render,
            ["gallery"] = GalleryShortcode.Render,
            ["embed"] = MediaShortcodes.Embed,
            ["audio"] = MediaShortcodes.Audio,
            ["video"] = MediaShortcodes.Video,
            ["youtube"] = MediaShortcodes.YouTube,
            ["vimeo"] = MediaShortcodes.Vimeo,
            ["code"] = CodeShortcode.Render,
            ["sourcecode"] = CodeShortcode.Render,
        };
        foreach (var alias in CodeAliases)
            handlers[alias] = CodeShortcode.Render;
        return handlers;
    }
}

/// <summary>
/// <c>do_shortcode()</c> for one post: finds registered shortcodes (never inside a tag or comment), leaves escaped ones
/// <c>[[x]]</c> as the literal <c>[x]</c>, and renders the rest through <see cref="ShortcodeRegistry"/>.
/// </summary>
internal sealed partial class ShortcodeExpander
{
    private static readonly Regex AllRegistered = ShortcodeSyntax.For(ShortcodeRegistry.Names);
    private static readonly Regex CodeShortcodes = ShortcodeSyntax.For(ShortcodeRegistry.CodeNames);
    private readonly Regex _regex;
    private readonly IReadOnlyCollection<string> _names;

    /// <summary>An expander of every registered shortcode.</summary>
    public ShortcodeExpander(Post post, TransformContext context)
        : this(post, context, ShortcodeRegistry.Names, AllRegistered)
    {
    }

    /// <summary>An expander of only <paramref name="names"/>, whose regex (<see cref="ShortcodeSyntax.For"/>) the caller keeps.</summary>
    public ShortcodeExpander(Post post, TransformContext context, IReadOnlyCollection<string> names, Regex regex)
    {
        Post = post;
        Context = context;
        _names = names;
        _regex = regex;
    }

    public Post Post { get; }
    public TransformContext Context { get; }

    public void Report(Diagnostics.Diagnostic diagnostic) => Context.Diagnostics.Report(diagnostic);

    /// <summary>Expands every registered shortcode in <paramref name="content"/> (the handlers expand nested ones they own).</summary>
    public string Expand(string content)
    {
        if (!content.Contains('[', StringComparison.Ordinal) || !_names.Any(n => content.Contains("[" + n, StringComparison.Ordinal)))
            return content;
        var markup = MarkupRanges(content);
        return CodeShortcode.Unnest(_regex.Replace(content, m =>
        {
            if (IsInside(markup, m.Index))
                return m.Value;
            var g = m.Groups;
            if (g[1].Value == "[" && g[6].Value == "]")
                return m.Value[1..^1];
            var name = g[2].Value;
            var shortcode = new Shortcode(name, ShortcodeSyntax.ParseAttributes(g[3].Value), g[5].Success ? g[5].Value : null);
            var rendered = ShortcodeRegistry.Handlers[name](shortcode, this);
            return rendered is null ? m.Value : g[1].Value + rendered + g[6].Value;
        }));
    }

    /// <summary>
    /// Shortcodes Migrator does not know, by name, with how often each appears. A bracketed lower-case name counts when
    /// it has attributes (<c>[vimeo 123]</c>), a closing tag somewhere (<c>[/spoiler]</c>), or is a known plugin name;
    /// so prose like <c>[sic]</c> does not. Tags, comments, code (pre, code, registered code shortcodes) and escaped
    /// <c>[[x]]</c> are skipped.
    /// </summary>
    public static IReadOnlyDictionary<string, int> FindUnknown(string content)
    {
        var found = new SortedDictionary<string, int>(StringComparer.Ordinal);
        if (!content.Contains('[', StringComparison.Ordinal))
            return found;
        var skipped = SkippedRanges(content);
        foreach (Match m in UnknownCandidate().Matches(content))
        {
            var name = m.Groups["name"].Value;
            if (ShortcodeRegistry.Handlers.ContainsKey(name) || IsInside(skipped, m.Index))
                continue;
            if (m.Index > 0 && content[m.Index - 1] == '[')
                continue;
            var isKnown = Array.IndexOf(ShortcodeRegistry.KnownPluginNames, name) >= 0;
            if (!isKnown && !LooksLikeAttributes(m.Groups["rest"].Value) && !content.Contains("[/" + name + "]", StringComparison.Ordinal))
                continue;
            found[name] = found.GetValueOrDefault(name) + 1;
        }
        return found;
    }

    /// <summary>
    /// Attribute text rather than prose: a <c>key=value</c> pair, or a first value that is a URL or a number
    /// (<c>[vimeo 12345]</c>, <c>[gist https://…]</c>). <c>[see below]</c> is prose.
    /// </summary>
    private static bool LooksLikeAttributes(string rest)
    {
        if (rest.Contains('=', StringComparison.Ordinal))
            return true;
        var first = rest.Trim().Split(' ', '\t', '\n')[0].Trim('"', '\'');
        return first.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || first.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || (first.Length > 0 && first.All(char.IsAsciiDigit));
    }

    private static List<(int Start, int End)> MarkupRanges(string content) =>
        [.. HtmlLexer.Tokenize(content).Where(t => t.Kind is HtmlTokenKind.Tag or HtmlTokenKind.Comment).Select(t => (t.Start, t.End))];

    /// <summary>Tags, comments, raw text, the insides of pre/code elements, and registered code shortcodes.</summary>
    private static List<(int Start, int End)> SkippedRanges(string content)
    {
        var ranges = new List<(int Start, int End)>();
        var codeDepth = 0;
        var codeStart = 0;
        foreach (var t in HtmlLexer.Tokenize(content))
        {
            if (t.Kind != HtmlTokenKind.Text)
                ranges.Add((t.Start, t.End));
            if (t.Kind == HtmlTokenKind.Tag && t.Name is "pre" or "code")
            {
                if (!t.IsEndTag && codeDepth++ == 0)
                    codeStart = t.End;
                else if (t.IsEndTag && codeDepth > 0 && --codeDepth == 0)
                    ranges.Add((codeStart, t.Start));
            }
        }
        if (codeDepth > 0)
            ranges.Add((codeStart, content.Length));
        foreach (Match m in CodeShortcodes.Matches(content))
            ranges.Add((m.Index, m.Index + m.Length));
        ranges.Sort();
        return ranges;
    }

    private static bool IsInside(List<(int Start, int End)> ranges, int index)
    {
        foreach (var (start, end) in ranges)
        {
            if (start > index)
                return false;
            if (index < end)
                return true;
        }
        return false;
    }

    [GeneratedRegex(@"\[(?<name>[a-z][a-z0-9_-]*)(?=[\]\s/=])(?<rest>[ \t=][^\]\[<\n]*)?/?\]", RegexOptions.CultureInvariant, 5000)]
    private static partial Regex UnknownCandidate();
}

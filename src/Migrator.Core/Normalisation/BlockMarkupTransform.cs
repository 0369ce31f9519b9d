using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using HtmlAgilityPack;
using Migrator.Core.Model;
using Migrator.Core.Normalisation.Blocks;
using Migrator.Core.Normalisation.Embeds;
using Migrator.Core.Pipeline;
using Migrator.Core.Text;

namespace Migrator.Core.Normalisation;

/// <summary>
/// Renders Gutenberg block markup statically (<see cref="BodyFormat.WordPress"/> bodies containing <c>&lt;!-- wp:</c>):
/// block comment delimiters are removed and the inner HTML kept (a delimiter alone on its line takes its line break
/// with it); <c>html</c> and <c>shortcode</c> blocks keep their text (shortcodes are expanded by the next steps);
/// embed blocks (<c>core/embed</c>, <c>core-embed/*</c>) whose wrapper still holds the bare URL get the embed rendering;
/// a void <c>more</c>/<c>nextpage</c> becomes its comment; a reusable block (<c>core/block</c>) and blocks WordPress
/// generates at display time (latest posts, archives, query, navigation…) cannot be rendered from the post alone: they
/// are reported and leave an HTML comment. Class names that only style WordPress themes are removed
/// (<see cref="BlockBoilerplate"/>). Never runs wpautop. Attribute JSON is read with System.Text.Json.
/// The body stays in the WordPress format (shortcodes still to expand).
/// </summary>
public sealed partial class BlockMarkupTransform : IPostTransform
{
    public string Name => "block-markup";

    public Post Apply(Post post, TransformContext context)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(context);
        if (post.Content.Format != BodyFormat.WordPress || !post.Content.HasBlocks())
            return post;
        return ScanBudget.Run(post, context, Name, scan => post.WithBody(BlockBoilerplate.Strip(new Rendering(post, scan).Run(post.Content.Text))));
    }

    /// <summary>Block names WordPress renders on the server from attributes or the database, not from stored HTML.</summary>
    internal static bool IsDynamic(string name)
    {
        if (!name.StartsWith("core/", StringComparison.Ordinal))
            return false;
        var local = name["core/".Length..];
        return local is "latest-posts" or "latest-comments" or "archives" or "categories" or "calendar" or "tag-cloud"
                   or "rss" or "search" or "navigation" or "navigation-link" or "navigation-submenu" or "page-list"
                   or "loginout" or "template-part" or "pattern" or "home-link" or "avatar" or "read-more"
                   or "social-link" or "legacy-widget" or "widget-group" or "term-description"
               || local.StartsWith("post-", StringComparison.Ordinal)
               || local.StartsWith("site-", StringComparison.Ordinal)
               || local.StartsWith("query", StringComparison.Ordinal)
               || local.StartsWith("comment", StringComparison.Ordinal);
    }

    private static bool IsEmbed(string name) =>
        name == "core/embed" || name.StartsWith("core-embed/", StringComparison.Ordinal);

    /// <summary>The state of one post's rendering: output so far, open blocks, names already reported.</summary>
    private sealed partial class Rendering(Post post, TransformContext context)
    {
        private readonly StringBuilder _out = new();
        private readonly Stack<(BlockDelimiter Opener, int OutputStart)> _open = new();
        private readonly HashSet<string> _reported = new(StringComparer.Ordinal);

        public string Run(string text)
        {
            var copied = 0;
            foreach (var d in BlockDelimiters.Find(text))
            {
                if (d.Start < copied)
                    continue;
                _out.Append(text, copied, d.Start - copied);
                var end = d.End;
                var ownLine = (d.Start == 0 || text[d.Start - 1] == '\n') && end < text.Length && text[end] == '\n';
                if (ownLine)
                    end++;
                switch (d.Kind)
                {
                    case BlockDelimiterKind.Opener:
                        _ = Attributes(d);
                        _open.Push((d, _out.Length));
                        if (IsDynamic(d.Name))
                            ReportOnce(d.Name, NormaliseDiagnostics.DynamicBlockNotRendered(post.Source, d.Name));
                        break;
                    case BlockDelimiterKind.Closer:
                        Close(d);
                        break;
                    default:
                        var replacement = RenderVoid(d);
                        _out.Append(replacement);
                        if (replacement.Length == 0 || !ownLine)
                            break;
                        _out.Append('\n');
                        break;
                }
                copied = end;
            }
            _out.Append(text, copied, text.Length - copied);
            foreach (var (opener, _) in _open)
                ReportOnce("unbalanced " + opener.Name, NormaliseDiagnostics.BlockDelimiterUnbalanced(post.Source, "wp:" + opener.Name));
            return _out.ToString();
        }

        private void Close(BlockDelimiter closer)
        {
            if (!_open.Any(o => o.Opener.Name == closer.Name))
            {
                ReportOnce("unbalanced /" + closer.Name, NormaliseDiagnostics.BlockDelimiterUnbalanced(post.Source, "/wp:" + closer.Name));
                return;
            }
            while (true)
            {
                var (opener, start) = _open.Pop();
                if (opener.Name != closer.Name)
                {
                    ReportOnce("unbalanced " + opener.Name, NormaliseDiagnostics.BlockDelimiterUnbalanced(post.Source, "wp:" + opener.Name));
                    continue;
                }
                if (IsEmbed(opener.Name) || opener.Name == "syntaxhighlighter/code")
                {
                    var inner = _out.ToString(start, _out.Length - start);
                    var rendered = IsEmbed(opener.Name) ? RenderEmbed(inner, Attributes(opener)) : RenderHighlighted(inner, Attributes(opener));
                    _out.Length = start;
                    _out.Append(rendered);
                }
                return;
            }
        }

        private string RenderVoid(BlockDelimiter d)
        {
            var attrs = Attributes(d);
            switch (d.Name)
            {
                case "core/more":
                    return "<!--more-->";
                case "core/nextpage":
                    return "<!--nextpage-->";
                case "core/block":
                    var reference = attrs is { } a && a.TryGetProperty("ref", out var r) ? r.ToString() : "?";
                    context.Diagnostics.Report(NormaliseDiagnostics.ReusableBlockNotIncluded(post.Source, reference));
                    return $"<!-- reusable block {SafeInComment(reference)} not included: its content is in another post -->";
                case var name when IsEmbed(name):
                    return RenderEmbed("", attrs);
                default:
                    ReportOnce(d.Name, NormaliseDiagnostics.DynamicBlockNotRendered(post.Source, d.Name));
                    var json = d.AttributesJson.Length > 0 ? " " + SafeInComment(d.AttributesJson) : "";
                    return $"<!-- dynamic block {d.Name}{json} not rendered -->";
            }
        }

        /// <summary>
        /// An embed block: the wrapper's bare URL (or the <c>url</c> attribute when the block has no HTML) becomes the
        /// embed; a wrapper that already holds markup (an earlier step embedded it) is kept.
        /// </summary>
        private static string RenderEmbed(string inner, JsonElement? attrs)
        {
            var url = attrs is { } a && a.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
            if (string.IsNullOrWhiteSpace(inner))
                return url is null ? inner : EmbedRenderer.Render(url);
            var doc = new HtmlDocument();
            doc.LoadHtml(inner);
            var wrapper = doc.DocumentNode.Descendants("div")
                .FirstOrDefault(n => n.GetClasses().Contains("wp-block-embed__wrapper"));
            if (wrapper is null || wrapper.ChildNodes.Any(c => c.NodeType != HtmlNodeType.Text))
                return inner;
            var text = HtmlEntities.Decode(wrapper.InnerText).Trim();
            if (!EmbedRenderer.LooksLikeUrl(text))
                return inner;
            var start = wrapper.InnerStartIndex;
            var length = wrapper.InnerLength;
            if (start < 0 || start + length > inner.Length)
                return inner;
            return inner[..start] + "\n" + EmbedRenderer.Render(text) + "\n" + inner[(start + length)..];
        }

        /// <summary>
        /// SyntaxHighlighter Evolved's block keeps its language in the block's attributes and saves the code, escaped, in a
        /// bare <c>pre</c>; the plugin renders it highlighted. It becomes the code block of that language
        /// (docs/wordpress-content.md#code-blocks). A block whose HTML is not that one <c>pre</c> is kept.
        /// </summary>
        private static string RenderHighlighted(string inner, JsonElement? attrs)
        {
            var match = HighlighterPre().Match(inner);
            if (!match.Success)
                return inner;
            var language = attrs is { } a && a.TryGetProperty("language", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString() : null;
            var cls = language is { Length: > 0 } && language.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '+' or '#')
                ? $" class=\"language-{language.ToLowerInvariant()}\""
                : "";
            return $"{match.Groups["before"].Value}<pre><code{cls}>{match.Groups["code"].Value}</code></pre>{match.Groups["after"].Value}";
        }

        [GeneratedRegex(@"^(?<before>\s*)<pre class=""wp-block-syntaxhighlighter-code"">(?<code>[^<]*)</pre>(?<after>\s*)$", RegexOptions.CultureInvariant, 1000)]
        private static partial Regex HighlighterPre();

        private JsonElement? Attributes(BlockDelimiter d)
        {
            try
            {
                return BlockDelimiters.ParseAttributes(d.AttributesJson);
            }
            catch (JsonException ex)
            {
                context.Diagnostics.Report(NormaliseDiagnostics.BlockAttributesInvalid(post.Source, d.Name, ex.Message));
                return null;
            }
        }

        private void ReportOnce(string key, Diagnostics.Diagnostic diagnostic)
        {
            if (_reported.Add(key))
                context.Diagnostics.Report(diagnostic);
        }

        /// <summary>Text to put inside an HTML comment: no <c>--</c> can end it early.</summary>
        private static string SafeInComment(string text) => text.Replace("--", "- -", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
    }
}

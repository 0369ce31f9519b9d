using System.Net;
using System.Text;
using Migrator.Core.Markup;
using Migrator.Core.Model;

namespace Migrator.Jekyll.Import;

/// <summary>What <see cref="LiquidTags"/> noticed in a body (each kind once per tag name).</summary>
internal enum LiquidNoteKind
{
    /// <summary>Markup kept verbatim (<c>include</c>, <c>{{ site.x }}</c>, plugin tags).</summary>
    Kept,
    /// <summary><c>post_url</c>/<c>link</c> naming nothing of the site.</summary>
    LinkNotFound,
    /// <summary>A block (<c>raw</c>, <c>highlight</c>, <c>comment</c>) without its end tag.</summary>
    Unclosed,
    /// <summary>A <c>comment</c> block: Jekyll renders nothing, so its text (often a private note) is left out.</summary>
    CommentDropped,
    /// <summary>An Octopress or plugin tag (<c>codeblock</c>, <c>img</c>…) written as the Markdown or HTML it renders as.</summary>
    PluginRendered,
}

internal sealed record LiquidNote(LiquidNoteKind Kind, string Markup);

/// <summary>
/// Turns the Liquid of a Jekyll body into what Jekyll renders it as, where that is plain content:
/// <c>{% highlight lang %}…{% endhighlight %}</c> → a fenced code block (Markdown) or <c>&lt;pre&gt;&lt;code class="language-lang"&gt;</c>
/// (HTML); <c>{% raw %}…{% endraw %}</c> → its literal text; <c>{% comment %}…{% endcomment %}</c> → nothing (noted);
/// <c>{% post_url %}</c> and <c>{% link %}</c> → the URL; Octopress's plugin tags (<see cref="OctopressTags"/>) → what
/// they render as. Every other tag and every <c>{{ … }}</c> output is kept verbatim and noted once per name.
/// </summary>
/// <remarks>
/// Why here, in the importer, and not in a transform: Liquid is the Jekyll source format's own markup, as shortcodes are
/// WordPress's, and only the Jekyll reader knows the site's links. The model's body is meant to be Markdown or HTML, so
/// the reader renders the parts of Liquid that have a plain equivalent; the file as written stays in
/// <see cref="JekyllSourceText"/> for the Jekyll clean-up, which wants it back byte for byte.
/// </remarks>
internal sealed class LiquidTags(ILiquidLinks links)
{
    public (string Text, IReadOnlyList<LiquidNote> Notes) Convert(string body, BodyFormat format)
    {
        var notes = new List<LiquidNote>();
        var text = Render(body, format, notes, pluginsOnly: false);
        return (text, [.. notes.Distinct()]);
    }

    /// <summary>
    /// The body with only the plugin tags Jekyll 4 does not know rendered (<see cref="OctopressTags"/>), every other byte
    /// as written; null when it has none. This is what the Jekyll clean-up writes, so that the cleaned site builds.
    /// </summary>
    public string? RenderPluginTags(string body, BodyFormat format)
    {
        var notes = new List<LiquidNote>();
        var text = Render(body, format, notes, pluginsOnly: true);
        return notes.Any(n => n.Kind == LiquidNoteKind.PluginRendered) ? text : null;
    }

    private string Render(string body, BodyFormat format, List<LiquidNote> notes, bool pluginsOnly)
    {
        var output = new StringBuilder(body.Length);
        var pos = 0;
        while (pos < body.Length)
        {
            var next = NextMarkup(body, pos);
            if (next < 0)
            {
                output.Append(body, pos, body.Length - pos);
                break;
            }
            output.Append(body, pos, next - pos);
            if (body[next + 1] == '{')
                pos = pluginsOnly ? Verbatim(body, next, "}}", output) : Output(body, next, output, notes);
            else
                pos = Tag(body, next, format, output, notes, pluginsOnly);
        }
        return output.ToString();
    }

    private static int NextMarkup(string body, int from)
    {
        for (var i = body.IndexOf('{', from); i >= 0 && i + 1 < body.Length; i = body.IndexOf('{', i + 1))
        {
            if (body[i + 1] is '{' or '%')
                return i;
        }
        return -1;
    }

    // {{ expression }}: kept; noted by its variable (site.title). {{ site.baseurl }} right before a post_url or link tag
    // that resolves is dropped: the URL that tag becomes already holds the base URL.
    private int Output(string body, int start, StringBuilder output, List<LiquidNote> notes)
    {
        var end = body.IndexOf("}}", start + 2, StringComparison.Ordinal);
        if (end < 0)
        {
            output.Append(body, start, 2);
            return start + 2;
        }
        var inner = body[(start + 2)..end].Trim().Trim('-').Trim();
        if (inner == "site.baseurl" && StartsResolvedLink(body, end + 2))
            return end + 2;
        var variable = inner.Split([' ', '|', '\t', '\n'], 2)[0];
        notes.Add(new LiquidNote(LiquidNoteKind.Kept, "{{ " + variable + " }}"));
        output.Append(body, start, end + 2 - start);
        return end + 2;
    }

    private bool StartsResolvedLink(string body, int at)
    {
        if (!body.AsSpan(at).StartsWith("{%"))
            return false;
        var end = body.IndexOf("%}", at + 2, StringComparison.Ordinal);
        if (end < 0)
            return false;
        var (name, markup) = NameAndMarkup(body[(at + 2)..end]);
        return name switch
        {
            "post_url" => links.PostUrl(markup) is not null,
            "link" => !markup.Contains("{{", StringComparison.Ordinal) && links.LinkUrl(markup) is not null,
            _ => false,
        };
    }

    // Copies markup from start to its closing delimiter as written.
    private static int Verbatim(string body, int start, string close, StringBuilder output)
    {
        var end = body.IndexOf(close, start + 2, StringComparison.Ordinal);
        var after = end < 0 ? start + 2 : end + close.Length;
        output.Append(body, start, after - start);
        return after;
    }

    private int Tag(string body, int start, BodyFormat format, StringBuilder output, List<LiquidNote> notes, bool pluginsOnly)
    {
        var end = body.IndexOf("%}", start + 2, StringComparison.Ordinal);
        if (end < 0)
        {
            output.Append(body, start, 2);
            return start + 2;
        }
        var after = end + 2;
        var (name, markup) = NameAndMarkup(body[(start + 2)..end]);
        var atLineStart = start == 0 || body[start - 1] == '\n';
        if (OctopressTags.IsBlock(name))
            return Block(body, start, after, "end" + name, output, notes, (inner, _) =>
            {
                notes.Add(new LiquidNote(LiquidNoteKind.PluginRendered, "{% " + name + " %}"));
                var content = Render(inner, format, notes, pluginsOnly);
                return name switch
                {
                    "codeblock" => OctopressTags.CodeBlock(markup, content, format, atLineStart),
                    "blockquote" => OctopressTags.BlockQuote(markup, content, format),
                    _ => OctopressTags.PullQuote(content),
                };
            });
        if (OctopressTags.IsSingle(name))
        {
            var rendered = name switch
            {
                "img" or "image" => OctopressTags.Image(markup),
                "gist" => OctopressTags.Gist(markup),
                "video" => OctopressTags.Video(markup),
                "youtube" => OctopressTags.YouTube(markup),
                _ => links.IncludedCode(OctopressTags.IncludedPath(markup)) is { } code
                    ? OctopressTags.IncludedCode(markup, code, format, atLineStart) : null,
            };
            notes.Add(rendered is null
                ? new LiquidNote(LiquidNoteKind.Kept, "{% " + name + " %}")
                : new LiquidNote(LiquidNoteKind.PluginRendered, "{% " + name + " %}"));
            output.Append(rendered ?? body[start..after]);
            return after;
        }
        if (pluginsOnly)
        {
            // Jekyll's own tags stay as written; a raw block is copied whole, since nothing in it is a tag.
            var copiedTo = name == "raw" ? Block(body, start, after, "endraw", new StringBuilder(), notes, (inner, _) => inner) : after;
            output.Append(body, start, copiedTo - start);
            return copiedTo;
        }
        switch (name)
        {
            case "raw":
                return Block(body, start, after, "endraw", output, notes, (inner, _) => inner);
            case "comment":
                return Block(body, start, after, "endcomment", output, notes, (inner, _) =>
                {
                    notes.Add(new LiquidNote(LiquidNoteKind.CommentDropped, "{% comment %}"));
                    return "";
                });
            case "highlight":
                return Block(body, start, after, "endhighlight", output, notes,
                    (inner, tagStart) => Highlight(Render(inner, format, notes, pluginsOnly), markup, format, body, tagStart));
            case "post_url":
                Link(links.PostUrl(markup), body, start, after, output, notes);
                return after;
            case "link" when !markup.Contains("{{", StringComparison.Ordinal):
                Link(links.LinkUrl(markup), body, start, after, output, notes);
                return after;
            default:
                if (!IsCompanion(name))
                    notes.Add(new LiquidNote(LiquidNoteKind.Kept, "{% " + name + " %}"));
                output.Append(body, start, after - start);
                return after;
        }
    }

    private static void Link(string? url, string body, int start, int after, StringBuilder output, List<LiquidNote> notes)
    {
        if (url is null)
        {
            notes.Add(new LiquidNote(LiquidNoteKind.LinkNotFound, body[start..after]));
            output.Append(body, start, after - start);
            return;
        }
        output.Append(url);
    }

    // A block: from its opening tag to the matching end tag; unclosed blocks stay verbatim.
    private static int Block(string body, int start, int contentStart, string endName, StringBuilder output, List<LiquidNote> notes,
        Func<string, int, string> render)
    {
        var search = contentStart;
        while (true)
        {
            var open = body.IndexOf("{%", search, StringComparison.Ordinal);
            if (open < 0)
                break;
            var close = body.IndexOf("%}", open + 2, StringComparison.Ordinal);
            if (close < 0)
                break;
            if (NameAndMarkup(body[(open + 2)..close]).Name == endName)
            {
                output.Append(render(body[contentStart..open], start));
                return close + 2;
            }
            search = open + 2;
        }
        var opening = body[start..contentStart];
        notes.Add(new LiquidNote(LiquidNoteKind.Unclosed, opening));
        output.Append(opening);
        return contentStart;
    }

    // Jekyll's highlight block strips leading and trailing line breaks of its content.
    private static string Highlight(string code, string markup, BodyFormat format, string body, int tagStart) =>
        CodeBlockText.For(code, markup.Split([' ', '\t'], 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "", format,
            atLineStart: tagStart == 0 || body[tagStart - 1] == '\n');

    private static (string Name, string Markup) NameAndMarkup(string inside)
    {
        var trimmed = inside.Trim();
        if (trimmed.StartsWith('-'))
            trimmed = trimmed[1..];
        if (trimmed.EndsWith('-'))
            trimmed = trimmed[..^1];
        trimmed = trimmed.Trim();
        var space = trimmed.IndexOfAny([' ', '\t', '\n', '\r']);
        return space < 0 ? (trimmed, "") : (trimmed[..space], trimmed[(space + 1)..].Trim());
    }

    // Tags that only continue or close a block already noted by its opening tag.
    private static bool IsCompanion(string name) =>
        name.StartsWith("end", StringComparison.Ordinal) || name is "else" or "elsif" or "when" or "break" or "continue";
}

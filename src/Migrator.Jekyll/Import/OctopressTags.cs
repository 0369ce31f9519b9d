using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Migrator.Core.Markup;
using Migrator.Core.Model;

namespace Migrator.Jekyll.Import;

/// <summary>
/// What Octopress's plugin tags (and the common <c>youtube</c> and <c>gist</c> plugins) render as, written as plain
/// Markdown or HTML. Jekyll 4 knows none of them: a site that still holds them fails its build with "Unknown tag"
/// (docs/jekyll.md#octopress-and-plugin-tags).
/// </summary>
internal static partial class OctopressTags
{
    /// <summary>Tags with a body, closed by <c>end</c> + name.</summary>
    public static bool IsBlock(string name) => name is "codeblock" or "blockquote" or "pullquote";

    /// <summary>Tags that stand alone.</summary>
    public static bool IsSingle(string name) => name is "img" or "image" or "gist" or "video" or "youtube" or "include_code";

    /// <summary><c>{% codeblock [title] [lang:x] [url [link text]] %}code{% endcodeblock %}</c>: a code block, its caption a line above it.</summary>
    public static string CodeBlock(string markup, string code, BodyFormat format, bool atLineStart)
    {
        var (language, rest) = Language(markup);
        string caption = "", url = "", linkText = "";
        if (CaptionUrl().Match(rest) is { Success: true } withUrl)
        {
            caption = withUrl.Groups[1].Value.Trim();
            url = withUrl.Groups[2].Value;
            linkText = withUrl.Groups[3].Success && withUrl.Groups[3].Value.Trim().Length > 0 ? withUrl.Groups[3].Value.Trim() : "link";
        }
        else
            caption = rest.Trim();
        if (language.Length == 0 && FileExtension().Match(caption) is { Success: true } file)
            language = file.Groups[1].Value;
        var block = CodeBlockText.For(code, language, format, atLineStart: true);
        var captionText = Caption(caption, language, url, linkText, format);
        var text = captionText.Length == 0 ? block : captionText + (format == BodyFormat.Markdown ? "\n\n" : "\n") + block;
        return atLineStart || format != BodyFormat.Markdown ? text : "\n" + text;
    }

    /// <summary><c>{% include_code [title] [lang:x] path %}</c> with the file's text: a code block captioned with the title or file name.</summary>
    public static string IncludedCode(string markup, string code, BodyFormat format, bool atLineStart)
    {
        var (language, rest) = Language(markup);
        var path = IncludedPath(markup);
        var title = rest.Trim();
        title = title.EndsWith(path, StringComparison.Ordinal) ? title[..^path.Length].Trim() : title;
        if (title.Length == 0)
            title = Path.GetFileName(path);
        if (language.Length == 0 && FileExtension().Match(path) is { Success: true } file)
            language = file.Groups[1].Value;
        return CodeBlock((language.Length > 0 ? "lang:" + language + " " : "") + title, code, format, atLineStart);
    }

    /// <summary>The file an <c>include_code</c> tag names, relative to the site's code folder.</summary>
    public static string IncludedPath(string markup)
    {
        var (_, rest) = Language(markup);
        var parts = rest.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? "" : parts[^1].TrimStart('/');
    }

    /// <summary><c>{% blockquote [author[, source]] [url [link title]] %}quote{% endblockquote %}</c>: a block quote with its attribution.</summary>
    public static string BlockQuote(string markup, string quote, BodyFormat format)
    {
        string author = "", source = "", url = "";
        var m = markup.Trim();
        if (FullCite().Match(m) is { Success: true } full)
        {
            author = full.Groups[1].Value.Trim();
            url = full.Groups[2].Value;
            source = full.Groups[3].Success ? full.Groups[3].Value.Trim() : "";
        }
        else
            author = m;
        if (source.Length == 0 && AuthorAndSource().Match(author) is { Success: true } pair)
        {
            author = pair.Groups[1].Value.Trim();
            source = pair.Groups[2].Value.Trim();
        }
        if (source.Length == 0 && url.Length > 0)
            source = ShortUrl(url);
        quote = quote.Trim('\n', '\r');
        if (format != BodyFormat.Markdown)
        {
            var footer = author.Length + source.Length == 0 ? "" : "<footer>" + (author.Length > 0 ? "<strong>" + author + "</strong>" : "")
                + (source.Length > 0 ? " <cite>" + (url.Length > 0 ? $"<a href=\"{WebUtility.HtmlEncode(url)}\">{source}</a>" : source) + "</cite>" : "") + "</footer>";
            return "<blockquote>" + quote + footer + "</blockquote>";
        }
        var lines = new StringBuilder();
        foreach (var line in quote.Split('\n'))
            lines.Append(line.Length == 0 ? ">" : "> " + line).Append('\n');
        if (author.Length + source.Length > 0)
        {
            var cite = source.Length == 0 ? "" : "*" + (url.Length > 0 ? "[" + source + "](" + url + ")" : source) + "*";
            lines.Append(">\n> ").Append(author.Length > 0 ? "**" + author + "**" + (cite.Length > 0 ? " " : "") : "").Append(cite).Append('\n');
        }
        return lines.ToString().TrimEnd('\n');
    }

    /// <summary><c>{% pullquote %}text {" quoted "} text{% endpullquote %}</c>: the text, without the markers of the quoted part.</summary>
    public static string PullQuote(string text) =>
        text.Replace("{\" ", "", StringComparison.Ordinal).Replace("{\"", "", StringComparison.Ordinal)
            .Replace(" \"}", "", StringComparison.Ordinal).Replace("\"}", "", StringComparison.Ordinal).Trim('\n', '\r');

    /// <summary><c>{% img [class…] src [width [height]] ["title" ["alt"]] %}</c>: an <c>&lt;img&gt;</c>; null when it names no image.</summary>
    public static string? Image(string markup)
    {
        var m = ImageMarkup().Match(markup.Trim());
        if (!m.Success)
            return null;
        var html = new StringBuilder("<img");
        if (m.Groups["class"].Value.Trim() is { Length: > 0 } cls)
            html.Append(" class=\"").Append(WebUtility.HtmlEncode(cls)).Append('"');
        html.Append(" src=\"").Append(WebUtility.HtmlEncode(m.Groups["src"].Value)).Append('"');
        if (m.Groups["width"].Success)
            html.Append(" width=\"").Append(m.Groups["width"].Value).Append('"');
        if (m.Groups["height"].Success)
            html.Append(" height=\"").Append(m.Groups["height"].Value).Append('"');
        var titleText = m.Groups["title"].Value.Trim();
        if (titleText.Length > 0)
        {
            string title = titleText, alt = titleText;
            if (TitleAndAlt().Match(titleText) is { Success: true } both)
            {
                title = both.Groups["title"].Value;
                alt = both.Groups["alt"].Value;
            }
            else
                title = alt = titleText.Trim('"', '\'');
            html.Append(" title=\"").Append(WebUtility.HtmlEncode(title)).Append("\" alt=\"").Append(WebUtility.HtmlEncode(alt)).Append('"');
        }
        return html.Append('>').ToString();
    }

    /// <summary><c>{% gist id [file] %}</c>: GitHub's embed script, as the gist plugins write it.</summary>
    public static string? Gist(string markup)
    {
        var parts = markup.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
            return null;
        var file = parts.Length > 1 ? "?file=" + Uri.EscapeDataString(parts[1]) : "";
        return $"<script src=\"https://gist.github.com/{WebUtility.HtmlEncode(parts[0].Trim('"', '\''))}.js{file}\"></script>";
    }

    /// <summary><c>{% video url… [width height] [poster] %}</c>: a <c>&lt;video&gt;</c> with its sources.</summary>
    public static string? Video(string markup)
    {
        var parts = markup.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var sources = parts.Where(p => VideoFile().IsMatch(p)).ToList();
        if (sources.Count == 0)
            return null;
        var numbers = parts.Where(p => p.All(char.IsAsciiDigit)).ToList();
        var poster = parts.FirstOrDefault(p => p.Contains("://", StringComparison.Ordinal) && !VideoFile().IsMatch(p));
        var html = new StringBuilder("<video");
        if (numbers.Count >= 2)
            html.Append($" width=\"{numbers[0]}\" height=\"{numbers[1]}\"");
        html.Append(" preload=\"none\" controls");
        if (poster is not null)
            html.Append(" poster=\"").Append(WebUtility.HtmlEncode(poster)).Append('"');
        html.Append('>');
        foreach (var source in sources)
            html.Append("<source src=\"").Append(WebUtility.HtmlEncode(source)).Append("\" type=\"video/").Append(VideoType(source)).Append("\">");
        return html.Append("</video>").ToString();
    }

    /// <summary><c>{% youtube id [width height] %}</c>: YouTube's embed frame.</summary>
    public static string? YouTube(string markup)
    {
        var parts = markup.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
            return null;
        var id = parts[0].Trim('"', '\'');
        if (YouTubeId().Match(id) is { Success: true } fromUrl)
            id = fromUrl.Groups[1].Value;
        var size = parts.Length >= 3 && parts[1].All(char.IsAsciiDigit) && parts[2].All(char.IsAsciiDigit)
            ? $" width=\"{parts[1]}\" height=\"{parts[2]}\"" : " width=\"560\" height=\"315\"";
        return $"<iframe{size} src=\"https://www.youtube.com/embed/{WebUtility.HtmlEncode(id)}\" frameborder=\"0\" allowfullscreen></iframe>";
    }

    private static string Caption(string caption, string language, string url, string linkText, BodyFormat format)
    {
        var shown = caption == language && url.Length == 0 ? "" : caption;
        if (url.Length == 0)
            return format == BodyFormat.Markdown || shown.Length == 0 ? shown : "<p>" + shown + "</p>";
        return format == BodyFormat.Markdown
            ? (shown.Length > 0 ? shown + " " : "") + "[" + linkText + "](" + url + ")"
            : "<p>" + (shown.Length > 0 ? shown + " " : "") + $"<a href=\"{WebUtility.HtmlEncode(url)}\">{linkText}</a></p>";
    }

    private static (string Language, string Others) Language(string markup)
    {
        var m = LangOption().Match(markup);
        return m.Success ? (m.Groups[1].Value, markup.Remove(m.Index, m.Length).Trim()) : ("", markup.Trim());
    }

    private static string ShortUrl(string url)
    {
        var withoutScheme = url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..];
        return withoutScheme.Length > 40 ? withoutScheme[..40] + "…" : withoutScheme;
    }

    private static string VideoType(string source) => Path.GetExtension(source.Split('?')[0]).ToLowerInvariant() switch
    {
        ".ogv" or ".ogg" => "ogg",
        ".webm" => "webm",
        _ => "mp4",
    };

    [GeneratedRegex(@"\s*lang:(\S+)", RegexOptions.IgnoreCase)]
    private static partial Regex LangOption();

    [GeneratedRegex(@"^(\S.*?)\s+(https?://\S+|/\S+)\s*(.+)?$", RegexOptions.Singleline)]
    private static partial Regex CaptionUrl();

    [GeneratedRegex(@"\S*\w+\.(\w+)$")]
    private static partial Regex FileExtension();

    [GeneratedRegex(@"^(\S.*?)\s+(https?://\S+)(?:\s+(.+))?$")]
    private static partial Regex FullCite();

    [GeneratedRegex(@"^(.+[^,]),\s*([^,]+)$")]
    private static partial Regex AuthorAndSource();

    [GeneratedRegex(@"^(?<class>(?:[^\s/]+\s+)*?)(?<src>(?:https?://|/|\S+/)\S+)(?:\s+(?<width>\d+))?(?:\s+(?<height>\d+))?(?<title>\s+.+)?$")]
    private static partial Regex ImageMarkup();

    [GeneratedRegex(@"^[""'](?<title>[^""']*)[""']\s+[""'](?<alt>[^""']*)[""']$")]
    private static partial Regex TitleAndAlt();

    [GeneratedRegex(@"\.(mp4|m4v|mov|ogv|ogg|webm)(\?|$)", RegexOptions.IgnoreCase)]
    private static partial Regex VideoFile();

    [GeneratedRegex(@"(?:youtube\.com/(?:watch\?v=|embed/)|youtu\.be/)([\w-]+)")]
    private static partial Regex YouTubeId();
}

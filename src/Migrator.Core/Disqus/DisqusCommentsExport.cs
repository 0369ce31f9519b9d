using System.Globalization;
using System.Xml;
using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Output;
using Migrator.Core.Pipeline;
using Migrator.Core.Redirects;

namespace Migrator.Core.Disqus;

/// <summary>
/// The site's approved comments in Disqus's "Custom XML import format" (docs/disqus.md#moving-wordpress-comments-to-disqus), for owners moving their
/// WordPress comments to Disqus: one item per written post that has comments, identified by its Disqus identifier
/// and new absolute URL. E-mail addresses are included (Disqus needs them to tell people apart); this file is for
/// uploading to Disqus, not for publishing. Streamed: one post at a time.
/// </summary>
public sealed class DisqusCommentsExport(string path, string? newBaseUrl) : IItemObserver, IDisposable
{
    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";
    private const string DsqNs = "http://www.disqus.com/";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";
    private const string WpNs = "http://wordpress.org/export/1.0/";

    private readonly AtomicFileWriter _file = new(path);
    private XmlWriter? _xml;
    private string? _base;

    public int Threads { get; private set; }
    public int Comments { get; private set; }

    public void Begin(Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        _base = (newBaseUrl ?? site.Url)?.TrimEnd('/');
        _xml = XmlWriter.Create(_file.Writer, new XmlWriterSettings { Indent = true, NewLineChars = "\n", CheckCharacters = false });
        _xml.WriteStartDocument();
        _xml.WriteStartElement("rss");
        _xml.WriteAttributeString("version", "2.0");
        _xml.WriteAttributeString("xmlns", "content", null, ContentNs);
        _xml.WriteAttributeString("xmlns", "dsq", null, DsqNs);
        _xml.WriteAttributeString("xmlns", "dc", null, DcNs);
        _xml.WriteAttributeString("xmlns", "wp", null, WpNs);
        _xml.WriteStartElement("channel");
    }

    public void Observe(Post? post, ExportPlan plan, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (_xml is null || post is null || plan is not WritePlan written)
            return;
        var comments = post.Comments.Where(c => c.Status == CommentStatus.Approved && c.Type is "" or "comment").ToList();
        if (comments.Count == 0)
            return;
        var link = AbsoluteUrl(written.NewUrl) ?? post.Link;
        if (link is null)
            return;
        var x = _xml;
        x.WriteStartElement("item");
        x.WriteElementString("title", Clean(post.Title));
        x.WriteElementString("link", link);
        x.WriteStartElement("content", "encoded", ContentNs);
        x.WriteCData(Clean(post.Excerpt ?? ""));
        x.WriteEndElement();
        x.WriteElementString("dsq", "thread_identifier", DsqNs, post.Thread?.Identifier ?? link);
        x.WriteElementString("wp", "post_date_gmt", WpNs, Gmt(post.Date));
        x.WriteElementString("wp", "comment_status", WpNs, post.CommentStatus == "closed" ? "closed" : "open");
        var ids = comments.Select(c => c.Id).ToHashSet();
        foreach (var c in comments.OrderBy(c => c.Date).ThenBy(c => c.Id))
        {
            x.WriteStartElement("wp", "comment", WpNs);
            x.WriteElementString("wp", "comment_id", WpNs, c.Id.ToString(CultureInfo.InvariantCulture));
            x.WriteElementString("wp", "comment_author", WpNs, Clean(c.Author));
            x.WriteElementString("wp", "comment_author_email", WpNs, c.AuthorEmail ?? "");
            x.WriteElementString("wp", "comment_author_url", WpNs, c.AuthorUrl ?? "");
            x.WriteElementString("wp", "comment_author_IP", WpNs, c.AuthorIp ?? "");
            x.WriteElementString("wp", "comment_date_gmt", WpNs, Gmt(c.Date));
            x.WriteStartElement("wp", "comment_content", WpNs);
            x.WriteCData(Clean(c.Content).Length >= 3 ? Clean(c.Content) : Clean(c.Content).PadRight(3, '.'));
            x.WriteEndElement();
            x.WriteElementString("wp", "comment_approved", WpNs, "1");
            x.WriteElementString("wp", "comment_parent", WpNs, (ids.Contains(c.ParentId) ? c.ParentId : 0).ToString(CultureInfo.InvariantCulture));
            x.WriteEndElement();
            Comments++;
        }
        x.WriteEndElement();
        Threads++;
    }

    public void Complete(Site site, OutputFolder output, IDiagnosticSink diagnostics)
    {
        if (_xml is not null)
        {
            _xml.WriteEndElement();
            _xml.WriteEndElement();
            _xml.WriteEndDocument();
            _xml.Dispose();
            _xml = null;
        }
        _file.Commit();
    }

    public void Dispose()
    {
        _xml?.Dispose();
        _file.Dispose();
    }

    private string? AbsoluteUrl(string? url)
    {
        if (url is null)
            return null;
        if (OldUrls.IsAbsoluteHttp(url))
            return url;
        return _base is null ? null : _base + (OldUrls.PathAndQuery(url) ?? url);
    }

    private static string Gmt(DateTimeOffset? date) =>
        date?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "0000-00-00 00:00:00";

    /// <summary>Removes characters XML cannot hold.</summary>
    private static string Clean(string s) => new([.. s.Where(ch => XmlConvert.IsXmlChar(ch) || char.IsSurrogate(ch))]);
}

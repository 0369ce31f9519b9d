using System.Globalization;
using System.Xml;
using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Publishing;

namespace Migrator.WordPress.Export;

/// <summary>
/// Serialises one post as an <c>&lt;item&gt;</c> fragment, elements in the order WordPress 6.x exports them.
/// Free text is in CDATA (the writer splits <c>]]&gt;</c> as <c>wxr_cdata</c> does); numbers, link, guid, pubDate
/// and comment author URLs are escaped text.
/// </summary>
internal sealed class WxrItemWriter(WxrExportOptions options)
{
    public const string DisqusThreadKey = "dsq_thread_id";

    public string Write(Post post, WxrItemIdentity id, string content, IDiagnosticSink diagnostics, out int commentsWritten)
    {
        var text = new WxrFieldText(post.Source, diagnostics);
        var arranged = CommentOrder.Arrange(post.Comments);
        if (arranged.Renumbered > 0)
            diagnostics.Report(WxrWriteDiagnostics.CommentsRenumbered(post.Source, arranged.Renumbered));
        foreach (var (commentId, parentId) in arranged.Detached)
            diagnostics.Report(WxrWriteDiagnostics.CommentParentMissing(post.Source, commentId, parentId));
        commentsWritten = arranged.Comments.Count;
        if (post.Date is null)
            diagnostics.Report(WxrWriteDiagnostics.NoDate(post.Source));

        // Visitors' data (docs/privacy.md): meta naming or holding an e-mail or IP address (Akismet keeps the whole
        // request of each comment) is left out unless the owner asks for private data.
        var leftOut = new SortedSet<string>(StringComparer.Ordinal);
        bool Keep(MetaEntry meta)
        {
            if (options.IncludePrivateData || !PostMetaSelection.IsPersonal(meta))
                return true;
            leftOut.Add(meta.Key);
            return false;
        }
        var fragment = WxrXml.ChannelFragment(w =>
        {
            w.WriteStartElement("item");
            WriteHead(w, post, id, content, text, diagnostics);
            foreach (var term in post.Terms)
                WriteCategory(w, term, text);
            foreach (var meta in MetaRows(post).Where(Keep))
                WriteMeta(w, "postmeta", meta, text);
            foreach (var comment in arranged.Comments)
                WriteComment(w, comment with { Meta = [.. comment.Meta.Where(Keep)] }, text);
            w.WriteEndElement();
        });
        if (leftOut.Count > 0)
            diagnostics.Report(CoreDiagnostics.PersonalMetaLeftOut(post.Source, leftOut));
        return fragment;
    }

    private static void WriteHead(XmlWriter w, Post post, WxrItemIdentity id, string content, WxrFieldText text, IDiagnosticSink diagnostics)
    {
        var (postDate, postDateGmt) = Dates(post);
        WxrXml.CData(w, null, "title", "", text.Clean("title", id.Title));
        WxrXml.Text(w, null, "link", "", text.Clean("link", id.Link));
        WxrXml.Text(w, null, "pubDate", "", post.Date is { } d ? WxrDates.Rfc822(d) : "");
        WxrXml.CData(w, "dc", "creator", WxrXml.Dc, text.Clean("author", id.Login));
        w.WriteStartElement("guid");
        w.WriteAttributeString("isPermaLink", "false");
        w.WriteString(text.Clean("guid", id.Guid));
        w.WriteFullEndElement();
        WxrXml.Text(w, null, "description", "", text.Clean("description", Description(post)));
        WxrXml.CData(w, "content", "encoded", WxrXml.Content, text.Clean("content", content));
        WxrXml.CData(w, "excerpt", "encoded", WxrXml.Excerpt, text.Clean("excerpt", post.Excerpt));
        Number(w, "post_id", id.PostId);
        WxrXml.CData(w, "wp", "post_date", WxrXml.Wp, postDate);
        WxrXml.CData(w, "wp", "post_date_gmt", WxrXml.Wp, postDateGmt);
        // Modified is written only when known (WordPress < 5.7 never wrote it; the importer then uses the import time).
        if (post.Modified is { } modified)
        {
            WxrXml.CData(w, "wp", "post_modified", WxrXml.Wp, WxrDates.Local(modified));
            WxrXml.CData(w, "wp", "post_modified_gmt", WxrXml.Wp, WxrDates.Gmt(modified));
        }
        // Empty discussion statuses make WordPress apply the target site's defaults.
        WxrXml.CData(w, "wp", "comment_status", WxrXml.Wp, text.Clean("comment_status", post.CommentStatus));
        WxrXml.CData(w, "wp", "ping_status", WxrXml.Wp, text.Clean("ping_status", post.PingStatus));
        WxrXml.CData(w, "wp", "post_name", WxrXml.Wp, WordPressNames.EncodeSlug(text.Clean("slug", post.Slug)));
        WxrXml.CData(w, "wp", "status", WxrXml.Wp, text.Clean("status", StatusWord(post, diagnostics)));
        Number(w, "post_parent", post.ParentId ?? 0);
        Number(w, "menu_order", post.MenuOrder);
        WxrXml.CData(w, "wp", "post_type", WxrXml.Wp, text.Clean("post type", post.Type));
        WxrXml.CData(w, "wp", "post_password", WxrXml.Wp, text.Clean("password", post.Password));
        Number(w, "is_sticky", post.Sticky ? 1 : 0);
        if (post.Type == PostTypes.Attachment)
            WxrXml.CData(w, "wp", "attachment_url", WxrXml.Wp, text.Clean("attachment_url", post.AttachmentUrl ?? post.Guid));
    }

    /// <summary>
    /// <c>post_date</c> is the local time without offset, <c>post_date_gmt</c> the same instant in UTC. A floating date
    /// (never really set) is written with a zero GMT date for drafts, pending posts and auto-drafts, as WordPress stores
    /// them; on any other status the importer would date it in the target site's time zone, so the offset the model
    /// carries is written instead.
    /// </summary>
    internal static (string Local, string Gmt) Dates(Post post)
    {
        if (post.Date is not { } date)
            return (WxrDates.Zero, WxrDates.Zero);
        var floating = post.DateIsFloating && post.Status is PublicationStatus.Draft or PublicationStatus.PendingReview or PublicationStatus.Placeholder;
        return (WxrDates.Local(date), floating ? WxrDates.Zero : WxrDates.Gmt(date));
    }

    /// <summary>
    /// The RSS <c>description</c>: WordPress always writes it empty; a source that had one (kept in
    /// <see cref="Post.Extra"/> as <c>description</c>) gets it back.
    /// </summary>
    private static string Description(Post post) =>
        post.Extra.FirstOrDefault(e => string.Equals(e.Key, "description", StringComparison.Ordinal)).Value as string ?? "";

    internal static string StatusWord(Post post, IDiagnosticSink diagnostics)
    {
        var word = WordPressStatusWords.WordFor(post);
        if (!string.IsNullOrWhiteSpace(word))
            return word;
        diagnostics.Report(WxrWriteDiagnostics.StatusMissing(post.Source));
        return "draft";
    }

    /// <summary>Every meta row in order, then a <c>dsq_thread_id</c> row for each Disqus thread id not already among them.</summary>
    internal static IEnumerable<MetaEntry> MetaRows(Post post)
    {
        foreach (var m in post.Meta)
            yield return m;
        if (post.Thread is null)
            yield break;
        var present = new HashSet<string>(post.MetaValues(DisqusThreadKey), StringComparer.Ordinal);
        foreach (var threadId in post.Thread.ThreadIds)
        {
            if (present.Add(threadId))
                yield return new MetaEntry(DisqusThreadKey, threadId);
        }
    }

    private static void WriteCategory(XmlWriter w, TermRef term, WxrFieldText text)
    {
        // domain before nicename, double quotes: the importer's regex parser needs exactly this form.
        w.WriteStartElement("category");
        w.WriteAttributeString("domain", text.Clean("term taxonomy", term.Taxonomy));
        w.WriteAttributeString("nicename", WordPressNames.EncodeSlug(text.Clean("term slug", term.Slug)));
        w.WriteCData(text.Clean("term name", term.Name));
        w.WriteFullEndElement();
    }

    private static void WriteMeta(XmlWriter w, string element, MetaEntry meta, WxrFieldText text)
    {
        w.WriteStartElement("wp", element, WxrXml.Wp);
        WxrXml.CData(w, "wp", "meta_key", WxrXml.Wp, text.Clean("meta key", meta.Key));
        WxrXml.CData(w, "wp", "meta_value", WxrXml.Wp, text.CleanMeta($"meta value '{meta.Key}'", meta.Key, meta.Value));
        w.WriteEndElement();
    }

    private void WriteComment(XmlWriter w, Comment c, WxrFieldText text)
    {
        var local = c.Date is { } d ? WxrDates.Local(d) : WxrDates.Zero;
        var gmt = c.Date is { } g ? WxrDates.Gmt(g) : WxrDates.Zero;
        w.WriteStartElement("wp", "comment", WxrXml.Wp);
        Number(w, "comment_id", c.Id);
        WxrXml.CData(w, "wp", "comment_author", WxrXml.Wp, text.Clean("comment author", c.Author));
        WxrXml.CData(w, "wp", "comment_author_email", WxrXml.Wp, options.IncludePrivateData ? text.Clean("comment e-mail", c.AuthorEmail) : "");
        WxrXml.Text(w, "wp", "comment_author_url", WxrXml.Wp, text.Clean("comment author URL", c.AuthorUrl));
        WxrXml.CData(w, "wp", "comment_author_IP", WxrXml.Wp, options.IncludePrivateData ? text.Clean("comment IP", c.AuthorIp) : "");
        WxrXml.CData(w, "wp", "comment_date", WxrXml.Wp, local);
        WxrXml.CData(w, "wp", "comment_date_gmt", WxrXml.Wp, gmt);
        WxrXml.CData(w, "wp", "comment_content", WxrXml.Wp, text.Clean("comment content", c.Content));
        WxrXml.CData(w, "wp", "comment_approved", WxrXml.Wp, text.Clean("comment status", WordPressStatusWords.WordFor(c)));
        WxrXml.CData(w, "wp", "comment_type", WxrXml.Wp, text.Clean("comment type", c.Type));
        Number(w, "comment_parent", c.ParentId);
        Number(w, "comment_user_id", c.UserId);
        foreach (var m in c.Meta)
            WriteMeta(w, "commentmeta", m, text);
        w.WriteEndElement();
    }

    private static void Number(XmlWriter w, string name, long value) =>
        WxrXml.Text(w, "wp", name, WxrXml.Wp, value.ToString(CultureInfo.InvariantCulture));
}

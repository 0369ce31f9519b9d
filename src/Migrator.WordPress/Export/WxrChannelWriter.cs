using System.Xml;
using Migrator.Core.Diagnostics;
using Migrator.Core.Model;

namespace Migrator.WordPress.Export;

/// <summary>The head of a WXR file up to the first item, in two parts around the space reserved for late authors.</summary>
internal sealed record WxrHeader(string BeforeAuthorSpace, string AfterAuthorSpace);

/// <summary>Writes the channel header: site fields, <c>wp:author</c>, <c>wp:category</c>, <c>wp:tag</c>, <c>wp:term</c>.</summary>
internal static class WxrChannelWriter
{
    public const string Generator = "Migrator";

    public static WxrHeader Write(Site site, WxrSiteUrls urls, WxrAuthors authors, WxrTerms terms, DateTimeOffset? date, IDiagnosticSink diagnostics)
    {
        var text = new WxrFieldText(null, diagnostics);
        var prologue =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
            "<!-- This is a WordPress eXtended RSS file (WXR 1.2) written by Migrator. Import it with Tools > Import > WordPress. -->\n" +
            // WordPress writes the export's time here and in pubDate; we write a date only when one is given.
            (date is { } created ? $"<!-- generator=\"{Generator}\" created=\"{WxrDates.Local(created.ToUniversalTime())[..16]}\" -->\n" : $"<!-- generator=\"{Generator}\" -->\n") +
            "<rss version=\"2.0\"\n" +
            string.Concat(WxrXml.Namespaces.Select(n => $"\txmlns:{n.Prefix}=\"{n.Uri}\"\n")).TrimEnd('\n') + "\n>\n" +
            "\n<channel>";
        var siteFields = WxrXml.ChannelFragment(w =>
        {
            WxrXml.Text(w, null, "title", "", text.Clean("site title", site.Title));
            WxrXml.Text(w, null, "link", "", text.Clean("site link", urls.Blog));
            WxrXml.Text(w, null, "description", "", text.Clean("site description", site.Description));
            if (date is { } published)
                WxrXml.Text(w, null, "pubDate", "", WxrDates.Rfc822(published));
            WxrXml.Text(w, null, "language", "", text.Clean("site language", site.Language));
            WxrXml.Text(w, "wp", "wxr_version", WxrXml.Wp, "1.2");
            WxrXml.Text(w, "wp", "base_site_url", WxrXml.Wp, text.Clean("base_site_url", urls.Site));
            WxrXml.Text(w, "wp", "base_blog_url", WxrXml.Wp, text.Clean("base_blog_url", urls.Blog));
        }) + string.Concat(authors.Declared.Select(a => WxrXml.AuthorLine(w => WriteAuthor(w, a, text))));
        var termsAndGenerator = WxrXml.ChannelFragment(w =>
        {
            foreach (var c in terms.Categories)
                WriteCategory(w, c, text);
            foreach (var t in terms.Tags)
                WriteTag(w, t, text);
            foreach (var t in terms.Others)
                WriteTerm(w, t, text);
            WxrXml.Text(w, null, "generator", "", Generator);
        });
        return new WxrHeader(prologue + siteFields, termsAndGenerator);
    }

    public static void WriteAuthor(XmlWriter w, WxrAuthor a, WxrFieldText text)
    {
        w.WriteStartElement("wp", "author", WxrXml.Wp);
        WxrXml.Text(w, "wp", "author_id", WxrXml.Wp, a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        WxrXml.CData(w, "wp", "author_login", WxrXml.Wp, text.Clean("author login", a.Login));
        WxrXml.CData(w, "wp", "author_email", WxrXml.Wp, text.Clean("author e-mail", a.Email));
        WxrXml.CData(w, "wp", "author_display_name", WxrXml.Wp, text.Clean("author display name", a.DisplayName));
        WxrXml.CData(w, "wp", "author_first_name", WxrXml.Wp, text.Clean("author first name", a.FirstName));
        WxrXml.CData(w, "wp", "author_last_name", WxrXml.Wp, text.Clean("author last name", a.LastName));
        w.WriteEndElement();
    }

    private static void WriteCategory(XmlWriter w, WxrTerm t, WxrFieldText text)
    {
        w.WriteStartElement("wp", "category", WxrXml.Wp);
        WriteId(w, t);
        WxrXml.CData(w, "wp", "category_nicename", WxrXml.Wp, Slug(text, t.Term.Slug));
        WxrXml.CData(w, "wp", "category_parent", WxrXml.Wp, Slug(text, t.ParentSlug));
        WxrXml.CData(w, "wp", "cat_name", WxrXml.Wp, text.Clean("category name", t.Term.Name));
        WriteDescription(w, "category_description", t, text);
        WriteTermMeta(w, t, text);
        w.WriteEndElement();
    }

    private static void WriteTag(XmlWriter w, WxrTerm t, WxrFieldText text)
    {
        w.WriteStartElement("wp", "tag", WxrXml.Wp);
        WriteId(w, t);
        WxrXml.CData(w, "wp", "tag_slug", WxrXml.Wp, Slug(text, t.Term.Slug));
        WxrXml.CData(w, "wp", "tag_name", WxrXml.Wp, text.Clean("tag name", t.Term.Name));
        WriteDescription(w, "tag_description", t, text);
        WriteTermMeta(w, t, text);
        w.WriteEndElement();
    }

    private static void WriteTerm(XmlWriter w, WxrTerm t, WxrFieldText text)
    {
        w.WriteStartElement("wp", "term", WxrXml.Wp);
        WriteId(w, t);
        WxrXml.CData(w, "wp", "term_taxonomy", WxrXml.Wp, text.Clean("term taxonomy", t.Term.Taxonomy));
        WxrXml.CData(w, "wp", "term_slug", WxrXml.Wp, Slug(text, t.Term.Slug));
        WxrXml.CData(w, "wp", "term_parent", WxrXml.Wp, Slug(text, t.ParentSlug));
        WxrXml.CData(w, "wp", "term_name", WxrXml.Wp, text.Clean("term name", t.Term.Name));
        WriteDescription(w, "term_description", t, text);
        WriteTermMeta(w, t, text);
        w.WriteEndElement();
    }

    private static void WriteId(XmlWriter w, WxrTerm t) =>
        WxrXml.Text(w, "wp", "term_id", WxrXml.Wp, t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string Slug(WxrFieldText text, string? slug) => WordPressNames.EncodeSlug(text.Clean("term slug", slug));

    private static void WriteDescription(XmlWriter w, string element, WxrTerm t, WxrFieldText text)
    {
        if (!string.IsNullOrEmpty(t.Term.Description))
            WxrXml.CData(w, "wp", element, WxrXml.Wp, text.Clean("term description", t.Term.Description));
    }

    private static void WriteTermMeta(XmlWriter w, WxrTerm t, WxrFieldText text)
    {
        foreach (var m in t.Term.Meta)
        {
            w.WriteStartElement("wp", "termmeta", WxrXml.Wp);
            WxrXml.CData(w, "wp", "meta_key", WxrXml.Wp, text.Clean("term meta key", m.Key));
            WxrXml.CData(w, "wp", "meta_value", WxrXml.Wp, text.CleanMeta("term meta value", m.Key, m.Value));
            w.WriteEndElement();
        }
    }
}

using System.Collections;
using System.Globalization;
using System.Text;
using Migrator.Core.Model;

namespace Migrator.Testing;

/// <summary>
/// A canonical, deterministic text dump of a site and its posts, for golden files and round-trip comparisons
/// (record equality does not compare list contents). Every model field is written, one per line, in a fixed order;
/// lists keep their order (it is meaningful: meta rows, comments, terms); strings are quoted with C-style escapes so
/// tabs, trailing spaces, control characters and U+00A0 are visible; dates are ISO 8601 with their offset.
/// </summary>
public static class ModelDump
{
    /// <summary>What to leave out of a dump.</summary>
    public sealed record Options
    {
        /// <summary>Write <see cref="Post.Source"/> and <see cref="Site.SourceFiles"/> (where things were read).</summary>
        public bool IncludeSource { get; init; } = true;

        /// <summary>Field paths (<c>Site.SourceVersion</c>, <c>Post.Content</c>, <c>Comment.AuthorEmail</c>) not to write.</summary>
        public IReadOnlySet<string> Excluded { get; init; } = new HashSet<string>(StringComparer.Ordinal);
    }

    public static string Of(Site site, IEnumerable<Post> posts, Options? options = null)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(posts);
        var w = new Writer(options ?? new Options());
        w.Site(site);
        foreach (var post in posts)
            w.Post(post);
        return w.ToString();
    }

    public static string Of(Post post, Options? options = null)
    {
        ArgumentNullException.ThrowIfNull(post);
        var w = new Writer(options ?? new Options());
        w.Post(post);
        return w.ToString();
    }

    /// <summary>A string as a quoted literal: <c>\\ \" \n \t \r</c>; other controls, lone surrogates, U+00A0, line/paragraph separators and invisible format characters (zero-width, BOM, direction marks) as <c>\uXXXX</c>.</summary>
    public static string Quote(string? text)
    {
        if (text is null)
            return "null";
        var sb = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
                continue;
            }
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '"': sb.Append("\\\""); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u00A0' or '\u2028' or '\u2029'
                        || char.GetUnicodeCategory(c) == UnicodeCategory.Format)
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else
                        sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    public static string Date(DateTimeOffset? date) =>
        date is { } d ? d.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture) : "null";

    private sealed class Writer(Options options)
    {
        private readonly StringBuilder _sb = new();
        private int _depth;

        public override string ToString() => _sb.ToString();

        public void Site(Site s)
        {
            Line("Site");
            _depth++;
            Field("Site.Title", Quote(s.Title));
            Field("Site.Description", Quote(s.Description));
            Field("Site.Language", Quote(s.Language));
            Field("Site.Url", Quote(s.Url));
            Field("Site.BaseSiteUrl", Quote(s.BaseSiteUrl));
            Field("Site.TimeZone", Quote(s.TimeZone));
            Field("Site.Permalink", Quote(s.Permalink));
            Field("Site.SourceVersion", Quote(s.SourceVersion));
            if (Wanted("Site.Authors"))
            {
                foreach (var a in s.Authors)
                {
                    Line($"Author {Quote(a.Login)}");
                    _depth++;
                    Field("Author.Id", Number(a.Id));
                    Field("Author.Email", Quote(a.Email));
                    Field("Author.DisplayName", Quote(a.DisplayName));
                    Field("Author.FirstName", Quote(a.FirstName));
                    Field("Author.LastName", Quote(a.LastName));
                    _depth--;
                }
            }
            if (Wanted("Site.Terms"))
            {
                foreach (var t in s.Terms)
                {
                    Line($"Term {Quote(t.Taxonomy)} {Quote(t.Slug)} {Quote(t.Name)}");
                    _depth++;
                    Field("Term.Id", Number(t.Id));
                    Field("Term.ParentSlug", Quote(t.ParentSlug));
                    Field("Term.Description", Quote(t.Description));
                    Meta("Term.Meta", t.Meta);
                    _depth--;
                }
            }
            if (Wanted("Site.Attachments"))
            {
                foreach (var (id, a) in s.Attachments.OrderBy(p => p.Key))
                {
                    Line($"Attachment {id.ToString(CultureInfo.InvariantCulture)} {Quote(a.Url)}");
                    _depth++;
                    Field("AttachmentInfo.Id", Number(a.Id));
                    Field("AttachmentInfo.ParentId", Number(a.ParentId));
                    Field("AttachmentInfo.MenuOrder", Number(a.MenuOrder));
                    Field("AttachmentInfo.Title", Quote(a.Title));
                    Field("AttachmentInfo.Caption", Quote(a.Caption));
                    Field("AttachmentInfo.Alt", Quote(a.Alt));
                    Field("AttachmentInfo.MimeType", Quote(a.MimeType));
                    Field("AttachmentInfo.Link", Quote(a.Link));
                    _depth--;
                }
            }
            Extra("Site.Extra", s.Extra);
            if (options.IncludeSource && Wanted("Site.SourceFiles"))
            {
                foreach (var f in s.SourceFiles)
                    Line($"SourceFile {Quote(f)}");
            }
            _depth--;
        }

        public void Post(Post p)
        {
            Line($"Post {Quote(p.Type)} {Number(p.Id)}");
            _depth++;
            if (options.IncludeSource)
                Field("Post.Source", $"{Quote(p.Source.File)} line {p.Source.Line.ToString(CultureInfo.InvariantCulture)} item {Quote(p.Source.ItemId)}");
            Field("Post.Status", $"{p.Status} {Quote(p.StatusWord)}");
            Field("Post.Title", Quote(p.Title));
            Field("Post.Slug", Quote(p.Slug));
            Field("Post.Date", Date(p.Date));
            Field("Post.DateIsFloating", Bool(p.DateIsFloating));
            Field("Post.Modified", Date(p.Modified));
            Field("Post.Author", Quote(p.Author));
            Field("Post.Content", $"{p.Content.Format} {Quote(p.Content.Extension)} {Quote(p.Content.Text)}");
            Field("Post.Excerpt", Quote(p.Excerpt));
            Field("Post.ParentId", Number(p.ParentId));
            Field("Post.MenuOrder", Number(p.MenuOrder));
            Field("Post.Sticky", Bool(p.Sticky));
            Field("Post.Password", Quote(p.Password));
            Field("Post.Guid", Quote(p.Guid));
            Field("Post.Link", Quote(p.Link));
            Field("Post.AttachmentUrl", Quote(p.AttachmentUrl));
            Field("Post.CommentStatus", Quote(p.CommentStatus));
            Field("Post.PingStatus", Quote(p.PingStatus));
            if (Wanted("Post.Thread"))
            {
                if (p.Thread is null)
                {
                    Line("Thread null");
                }
                else
                {
                    Line($"Thread identifier {Quote(p.Thread.Identifier)} url {Quote(p.Thread.Url)}");
                    _depth++;
                    foreach (var id in p.Thread.ThreadIds)
                        Line($"ThreadId {Quote(id)}");
                    _depth--;
                }
            }
            if (Wanted("Post.Terms"))
            {
                foreach (var t in p.Terms)
                    Line($"Term {Quote(t.Taxonomy)} {Quote(t.Slug)} {Quote(t.Name)}");
            }
            Meta("Post.Meta", p.Meta);
            if (Wanted("Post.Comments"))
            {
                foreach (var c in p.Comments)
                    Comment(c);
            }
            Extra("Post.Extra", p.Extra);
            if (Wanted("Post.Resources"))
            {
                foreach (var r in p.Resources)
                    Line($"Resource {Quote(r.Path)}");
            }
            _depth--;
        }

        private void Comment(Comment c)
        {
            Line($"Comment {c.Id.ToString(CultureInfo.InvariantCulture)} parent {c.ParentId.ToString(CultureInfo.InvariantCulture)}");
            _depth++;
            Field("Comment.Author", Quote(c.Author));
            Field("Comment.AuthorEmail", Quote(c.AuthorEmail));
            Field("Comment.AuthorUrl", Quote(c.AuthorUrl));
            Field("Comment.AuthorIp", Quote(c.AuthorIp));
            Field("Comment.Date", Date(c.Date));
            Field("Comment.Content", Quote(c.Content));
            Field("Comment.Status", $"{c.Status} {Quote(c.StatusWord)}");
            Field("Comment.Type", Quote(c.Type));
            Field("Comment.UserId", Number(c.UserId));
            Meta("Comment.Meta", c.Meta);
            _depth--;
        }

        private void Meta(string path, IReadOnlyList<MetaEntry> meta)
        {
            if (!Wanted(path))
                return;
            foreach (var m in meta)
                Line($"Meta {Quote(m.Key)} = {Quote(m.Value)}");
        }

        private void Extra(string path, IReadOnlyList<KeyValuePair<string, object?>> extra)
        {
            if (!Wanted(path))
                return;
            foreach (var (key, value) in extra)
                Line($"Extra {Quote(key)} = {Value(value)}");
        }

        private static string Value(object? value) => value switch
        {
            null => "null",
            string s => Quote(s),
            bool b => Bool(b),
            DateTimeOffset d => Date(d),
            DateTime d => d.ToString("o", CultureInfo.InvariantCulture),
            IFormattable f when value.GetType().IsPrimitive || value is decimal => f.ToString(null, CultureInfo.InvariantCulture),
            IDictionary map => "{" + string.Join(", ", map.Keys.Cast<object>().Select(k => $"{Value(k)}: {Value(map[k])}")) + "}",
            IEnumerable<KeyValuePair<string, object?>> pairs => "{" + string.Join(", ", pairs.Select(p => $"{Quote(p.Key)}: {Value(p.Value)}")) + "}",
            IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Value)) + "]",
            _ => $"<{value.GetType().Name}> {Quote(Convert.ToString(value, CultureInfo.InvariantCulture))}",
        };

        private static string Number(long? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "null";

        private static string Bool(bool b) => b ? "true" : "false";

        private bool Wanted(string path) => !options.Excluded.Contains(path);

        private void Field(string path, string value)
        {
            if (Wanted(path))
                Line($"{path[(path.IndexOf('.', StringComparison.Ordinal) + 1)..]} {value}");
        }

        private void Line(string text) => _sb.Append(' ', _depth * 2).Append(text).Append('\n');
    }
}

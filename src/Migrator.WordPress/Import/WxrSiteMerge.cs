using Migrator.Core.Diagnostics;
using Migrator.Core.Model;

namespace Migrator.WordPress.Import;

/// <summary>
/// Merges the headers of the inputs into one <see cref="Site"/>: a split export (several files of one site, as
/// WordPress.com produces) is one site. Authors are deduplicated by login and terms by taxonomy and slug (first listing
/// wins); differing base URLs are reported. Exports of different sites (their <c>wp:base_blog_url</c>, or channel link
/// when that is missing, differ) are refused unless the caller asks to merge them.
/// </summary>
internal static class WxrSiteMerge
{
    public static Site Merge(IReadOnlyList<WxrChannel> channels, IReadOnlyDictionary<long, AttachmentInfo> attachments,
        IReadOnlyList<string> inputs, bool mergeUnrelatedSites, IDiagnosticSink diagnostics)
    {
        var first = channels[0];
        if (!mergeUnrelatedSites)
            RefuseDifferentSites(channels);
        var authors = new List<Author>();
        var authorFiles = new Dictionary<string, (Author Author, string File)>(StringComparer.Ordinal);
        var terms = new List<Term>();
        var termFiles = new Dictionary<(string, string), (Term Term, string File)>();
        var extra = new List<KeyValuePair<string, object?>>();
        foreach (var channel in channels)
        {
            CheckSame(channel, first, "wp:base_site_url", c => c.BaseSiteUrl, diagnostics);
            CheckSame(channel, first, "wp:base_blog_url", c => c.BaseBlogUrl, diagnostics);
            foreach (var author in channel.Authors)
            {
                if (authorFiles.TryGetValue(author.Login, out var known))
                {
                    if (known.Author != author)
                        diagnostics.Report(WxrDiagnostics.AuthorDetailsDiffer(channel.File, author.Login, known.File));
                    continue;
                }
                authorFiles[author.Login] = (author, channel.File);
                authors.Add(author);
            }
            foreach (var term in channel.Terms)
            {
                if (termFiles.TryGetValue((term.Taxonomy, term.Slug), out var known))
                {
                    if (!SameTerm(known.Term, term) && !string.Equals(known.File, channel.File, StringComparison.Ordinal))
                        diagnostics.Report(WxrDiagnostics.TermDetailsDiffer(channel.File, term.Taxonomy, term.Slug, known.File));
                    continue;
                }
                termFiles[(term.Taxonomy, term.Slug)] = (term, channel.File);
                terms.Add(term);
            }
            foreach (var pair in channel.Extra)
                if (!extra.Any(e => e.Key == pair.Key && Equals(e.Value, pair.Value)))
                    extra.Add(pair);
        }
        if (first.Generator is not null)
            extra.Insert(0, new("generator", first.Generator));
        if (first.PubDate is not null)
            extra.Insert(0, new("pubDate", first.PubDate));
        return new Site
        {
            Title = channels.Select(c => c.Title).FirstOrDefault(t => !string.IsNullOrEmpty(t)) ?? "",
            Description = channels.Select(c => c.Description).FirstOrDefault(t => !string.IsNullOrEmpty(t)),
            Language = channels.Select(c => c.Language).FirstOrDefault(t => t is not null),
            Url = channels.Select(c => c.BaseBlogUrl ?? c.Link).FirstOrDefault(t => t is not null),
            BaseSiteUrl = channels.Select(c => c.BaseSiteUrl).FirstOrDefault(t => t is not null),
            SourceVersion = first.VersionText,
            Authors = authors,
            Terms = terms,
            Attachments = attachments,
            Extra = extra,
            SourceFiles = [.. inputs],
        };
    }

    private static void CheckSame(WxrChannel channel, WxrChannel first, string field, Func<WxrChannel, string?> value,
        IDiagnosticSink diagnostics)
    {
        var expected = value(first);
        var actual = value(channel);
        if (expected is null || actual is null || ReferenceEquals(channel, first))
            return;
        if (!string.Equals(expected.TrimEnd('/'), actual.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
            diagnostics.Report(WxrDiagnostics.BaseUrlsDiffer(channel.File, field, expected, first.File, actual));
    }

    /// <summary>The site a file is an export of, or null when its header does not say (damaged before it).</summary>
    private static string? SiteOf(WxrChannel channel) => (channel.BaseBlogUrl ?? channel.Link)?.TrimEnd('/');

    private static void RefuseDifferentSites(IReadOnlyList<WxrChannel> channels)
    {
        var known = channels.Where(c => SiteOf(c) is not null).ToList();
        if (known.Count == 0)
            return;
        var first = known[0];
        var other = known.FirstOrDefault(c => !string.Equals(SiteOf(c), SiteOf(first), StringComparison.OrdinalIgnoreCase));
        if (other is not null)
            throw WxrInputErrors.DifferentSites(first.File, SiteOf(first)!, other.File, SiteOf(other)!);
    }

    private static bool SameTerm(Term a, Term b) =>
        a.Name == b.Name && a.ParentSlug == b.ParentSlug && a.Description == b.Description && a.Id == b.Id;
}

using System.Xml;
using Migrator.Core.Input;
using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;
using Migrator.Testing;
using Migrator.WordPress.Export;
using Migrator.WordPress.Import;

namespace Migrator.WordPress.Tests.Export;

/// <summary>
/// WXR → model → WXR → model gives the same model, for every well-formed WXR in the shared corpus. Ill-formed files
/// (the importer repairs them, the writer never produces them) and files that are not WXR are skipped with the reason.
/// Left out of the comparison, because they cannot round-trip by design:
/// <list type="bullet">
/// <item>where things were read (<c>Post.Source</c>, <c>Site.SourceFiles</c>) and the WXR version and generator
/// (<c>Site.SourceVersion</c>): we write WXR 1.2;</item>
/// <item>item and channel elements that are not WXR (kept in <c>Extra</c> by the reader): the writer declares only the
/// five WXR prefixes, so foreign elements (<c>itunes:…</c>, plugin elements) have no place; the item
/// <c>description</c> does round-trip.</item>
/// </list>
/// What the writer must fill in where the source had nothing is listed (with the reason) at <c>AsSourceLeftIt</c>;
/// every other difference fails the test.
/// </summary>
public sealed class WxrRoundTripTests
{
    public static TheoryData<string> Files => Corpus.SharedFileNames("wxr", "*.xml");

    [Theory]
    [MemberData(nameof(Files))]
    public void WXR_read_written_and_read_again_gives_the_same_model(string fileName)
    {
        var path = Path.Combine(Corpus.RequireShared("wxr"), fileName);
        if (WhyNotRoundTrippable(path) is { } reason)
            Assert.Skip($"{fileName}: {reason}");

        var (site, posts) = Read(path);
        using var temp = Corpus.NewTempFolder();
        var written = Write(site, posts, temp.Path);
        var (site2, posts2) = Read(written);

        Assert.Equal(posts.Count, posts2.Count);
        var idsSeen = new HashSet<long>();
        var repeatedId = posts.Select(p => p.Id is long id && !idsSeen.Add(id)).ToList();
        var excluded = new HashSet<string>(StringComparer.Ordinal) { "Site.SourceVersion", "Site.Extra" };
        // The site's attachment index is keyed by post id: a source that repeats ids cannot keep it.
        if (repeatedId.Contains(true))
            excluded.Add("Site.Attachments");
        var options = new ModelDump.Options { IncludeSource = false, Excluded = excluded };
        var before = ModelDump.Of(Comparable(site), posts.Select(p => WithoutForeignExtra(AsImportable(p))), options);
        var after = ModelDump.Of(Comparable(AsSourceLeftIt(site2, site)),
            posts2.Select((p, i) => WithoutForeignExtra(AsSourceLeftIt(p, posts[i], repeatedId[i]))), options);
        AssertSameDump(before, after);
    }

    /// <summary>
    /// Where the source model had nothing, the writer must still write something, so these read back filled:
    /// a post without id gets a synthesised post_id; a post without author is credited to the first author (every
    /// dc:creator must name a wp:author); posts' authors missing from the site are declared as authors; authors and
    /// terms without id get one; a missing base_site_url is the site URL; a floating date on a status other than
    /// draft, pending or auto-draft is written with its offset (the importer would otherwise date it in the target's
    /// time zone). Only those fields, and only when the source had nothing, are reset to the source's value.
    /// </summary>
    private static Site AsSourceLeftIt(Site read, Site source)
    {
        // Logins are written as the importer compares them (sanitize_user, strict): match them that way.
        var sourceAuthors = source.Authors.GroupBy(a => WordPressNames.SanitizeLogin(a.Login), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var sourceTerms = source.Terms.GroupBy(t => (t.Taxonomy, t.Slug)).ToDictionary(g => g.Key, g => g.First());
        return read with
        {
            Url = source.Url is null ? null : read.Url,
            BaseSiteUrl = source.BaseSiteUrl is null ? null : read.BaseSiteUrl,
            Authors = [.. read.Authors.Where(a => sourceAuthors.ContainsKey(a.Login))
                .Select(a => a with { Login = sourceAuthors[a.Login].Login, Id = sourceAuthors[a.Login].Id is null ? null : a.Id })],
            Terms = [.. read.Terms.Select(t => sourceTerms.TryGetValue((t.Taxonomy, t.Slug), out var s) && s.Id is null ? t with { Id = null } : t)],
        };
    }

    /// <summary>
    /// A post id the source used twice gets a new id the second time (post_id must be unique); a post author is
    /// written as the declared login it matches after sanitize_user (case and stripped characters may differ), as
    /// the importer compares them.
    /// </summary>
    private static Post AsSourceLeftIt(Post read, Post source, bool repeatedId) => read with
    {
        Id = source.Id is null || repeatedId ? source.Id : read.Id,
        Author = source.Author is null
            || (source.Author is { } a && read.Author is { } r
                && string.Equals(WordPressNames.SanitizeLogin(a), WordPressNames.SanitizeLogin(r), StringComparison.OrdinalIgnoreCase))
            ? source.Author : read.Author,
        DateIsFloating = source.DateIsFloating && source.Status is not (PublicationStatus.Draft or PublicationStatus.PendingReview or PublicationStatus.Placeholder)
            ? source.DateIsFloating : read.DateIsFloating,
    };

    /// <summary>Comments whose ids would lose their parents on import are renumbered (docs/wordpress-wxr.md#comment-order; tested in WxrItemFieldTests).</summary>
    private static Post AsImportable(Post post) => post with { Comments = CommentOrder.Arrange(post.Comments).Comments };

    /// <summary>Terms in a fixed order: WordPress writes parents first and nav menus last, whatever the source order.</summary>
    private static Site Comparable(Site site) => site with
    {
        Terms = [.. site.Terms.OrderBy(t => t.Taxonomy, StringComparer.Ordinal).ThenBy(t => t.Slug, StringComparer.Ordinal)],
    };

    // Extra from WXR holds foreign elements by qualified name; only "description" has a place in WXR.
    private static Post WithoutForeignExtra(Post post) =>
        post with { Extra = [.. post.Extra.Where(e => e.Key == "description")] };

    private static string? WhyNotRoundTrippable(string path)
    {
        var text = File.ReadAllText(path);
        var root = text.IndexOf("<rss", StringComparison.Ordinal);
        var prolog = root < 0 ? text : text[..root];
        if (prolog.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase))
            return "not WXR (it has a DOCTYPE, which WXR never has)";
        try
        {
            using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            reader.MoveToContent();
            if (reader.LocalName != "rss")
                return "not WXR (root element is not rss)";
            while (reader.Read())
            {
            }
        }
        catch (XmlException ex)
        {
            return $"ill-formed XML ({ex.Message}); the reader repairs it, the round trip needs a well-formed source";
        }
        if (!new WxrImporter().CanRead(path))
            return "not WXR (no WordPress export namespace)";
        var bag = new DiagnosticBag();
        try
        {
            var imported = new WxrImporter().Open([path], bag);
            foreach (var item in imported.Items)
            {
                if (item is not ReadPost)
                    return $"the reader could not read every item ({item.GetType().Name} at {item.Source})";
            }
        }
        catch (InputException ex)
        {
            return $"the reader refuses it ({ex.Message})";
        }
        return null;
    }

    private static (Site Site, List<Post> Posts) Read(string path)
    {
        var imported = new WxrImporter().Open([path], new DiagnosticBag());
        return (imported.Site, [.. imported.Items.OfType<ReadPost>().Select(r => r.Post)]);
    }

    private static string Write(Site site, List<Post> posts, string folder)
    {
        var bag = new DiagnosticBag();
        var session = new WxrExporter(new WxrExportOptions { IncludePrivateData = true, ReExport = true }).Begin(site, new Core.Output.OutputFolder(folder), bag);
        foreach (var post in posts)
            session.Commit(session.Plan(post, bag), bag);
        session.Complete(bag);
        return Assert.Single(Directory.GetFiles(folder, "*.xml"));
    }

    private static void AssertSameDump(string before, string after)
    {
        if (string.Equals(before, after, StringComparison.Ordinal))
            return;
        var a = before.Split('\n');
        var b = after.Split('\n');
        var diff = DiffPlex.Differ.Instance.CreateLineDiffs(before, after, ignoreWhitespace: false);
        var lines = new List<string>();
        foreach (var block in diff.DiffBlocks.Take(12))
        {
            lines.AddRange(a.Skip(block.DeleteStartA).Take(Math.Min(block.DeleteCountA, 6)).Select(l => "- " + l));
            lines.AddRange(b.Skip(block.InsertStartB).Take(Math.Min(block.InsertCountB, 6)).Select(l => "+ " + l));
        }
        Assert.Fail($"{diff.DiffBlocks.Count} difference(s) after the round trip (first ones shown):\n" + string.Join("\n", lines));
    }
}

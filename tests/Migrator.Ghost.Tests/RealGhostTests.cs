using System.Text.Json;
using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;
using Migrator.Ghost.Import;
using Migrator.Testing;

namespace Migrator.Ghost.Tests;

/// <summary>
/// The judge: the real Ghost 6 (skipped when not installed, <see cref="GhostServer"/>) imports the file the writer made
/// with every written item present (title, slug, status, type, body text, tags, authors), follows the redirects file,
/// and exports a file the reader reads back item for item.
/// </summary>
public sealed class RealGhostTests
{
    [Fact]
    public async Task Ghost_imports_every_written_item_follows_the_redirects_and_its_export_reads_back()
    {
        using var ghost = await GhostServer.Start();
        using var temp = Corpus.NewTempFolder();
        var (plans, _) = GhostExportTests.Export(temp.Path, GhostExportTests.Model());
        var written = plans.OfType<WritePlan>().Cast<Export.GhostWritePlan>().ToList();

        var answer = await ghost.Import(temp.Combine("ghost-import.json"));
        Assert.Empty(answer.GetProperty("problems").EnumerateArray());
        var items = (await ghost.All("posts")).Concat(await ghost.All("pages")).ToDictionary(p => p.GetProperty("slug").GetString()!);
        Assert.Equal(written.Count, items.Count);
        foreach (var plan in written)
        {
            Assert.True(items.TryGetValue(plan.Slug, out var item), $"'{plan.Slug}' is not in Ghost; it has {string.Join(", ", items.Keys)}");
            Assert.Equal(plan.Title, item.GetProperty("title").GetString());
            Assert.Equal(plan.GhostStatus, item.GetProperty("status").GetString());
            Assert.Equal(plan.GhostType, item.TryGetProperty("type", out var type) ? type.GetString() : plan.GhostType);
            var text = item.GetProperty("plaintext").GetString() ?? "";
            Assert.Contains(plan.Title == "Markdown" ? "Some emphasis." : "Body of", text, StringComparison.Ordinal);
            Assert.Equal(plan.Tags.Select(t => t.Name), item.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("name").GetString()).Where(n => !n!.StartsWith("#Import", StringComparison.Ordinal)));
            // A scheduled item has a preview address until its date; then the one the audit names.
            if (plan.GhostStatus == "published")
                Assert.Equal(plan.NewUrl!.Replace("http://example.com", ghost.Url, StringComparison.Ordinal), item.GetProperty("url").GetString());
        }
        Assert.Equal("ann@example.com", items["hello-world"].GetProperty("authors")[0].GetProperty("email").GetString());
        Assert.Equal("bob@example.com", items["about"].GetProperty("authors")[0].GetProperty("email").GetString());
        Assert.Equal("<p>Body of Hello World.</p>", items["hello-world"].GetProperty("html").GetString());
        Assert.True(items["hello-world"].GetProperty("featured").GetBoolean());
        Assert.Equal("Short.", items["hello-world"].GetProperty("custom_excerpt").GetString());

        await ghost.UploadRedirects(temp.Combine("redirects.json"));
        Assert.Equal((301, "/hello-world/"), await ghost.Head("/2020/01/02/hello-world/"));
        Assert.Equal((301, "/hello-world-2/"), await ghost.Head("/2020/01/03/hello-world"));
        Assert.Equal(404, (await ghost.Head("/2020/01/02/hello-world/more/")).Status);

        var exported = await ghost.Export(temp.Combine("export.ghost.json"));
        Assert.True(new GhostImporter().CanRead(exported));
        var bag = new DiagnosticBag();
        var read = new GhostImporter().Open([exported], bag).Items.OfType<ReadPost>().Select(r => r.Post).ToDictionary(p => p.Slug);
        Assert.Equal(written.Select(w => w.Slug).Order(), read.Keys.Order());
        foreach (var plan in written)
        {
            var post = read[plan.Slug];
            Assert.Equal(plan.Title, post.Title);
            Assert.Equal(plan.GhostType, post.Type);
            Assert.Equal(plan.GhostStatus switch { "published" => PublicationStatus.Published, "scheduled" => PublicationStatus.Scheduled, _ => PublicationStatus.Draft }, post.Status);
            Assert.Equal(BodyFormat.Html, post.Content.Format);
            Assert.Equal("/" + plan.Slug + "/", post.Link);
        }
    }

    /// <summary>
    /// Ghost drops blocks its editor has no card for and fails the whole import on an item left empty: written as
    /// HTML cards (GHO010), every item imports and the video and audio come back as written.
    /// </summary>
    [Fact]
    public async Task Bodies_Ghosts_editor_would_drop_or_leave_empty_import_and_keep_their_media()
    {
        using var ghost = await GhostServer.Start();
        using var temp = Corpus.NewTempFolder();
        Post With(string slug, long id, string html) => GhostExportTests.Classic(slug, slug, id) with { Content = new Body(html, BodyFormat.Html) };
        var (plans, bag) = GhostExportTests.Export(temp.Path,
        [
            With("video", 1, "<p>Before</p>\n<figure class=\"wp-block-video\"><video controls src=\"https://example.com/a.mp4\"></video></figure>\n<p>After</p>"),
            With("audio", 2, "<figure class=\"wp-block-audio\"><audio controls src=\"https://example.com/a.mp3\"></audio></figure>"),
            With("dynamic", 3, "<div class=\"wp-block-columns\"><div class=\"wp-block-column\"><!-- dynamic block core/archives not rendered --></div></div>"),
            With("line-break", 4, "<br>"),
            With("blank", 5, "  \n"),
            With("empty", 6, ""),
        ]);
        Assert.Equal(4, bag.Items.Count(d => d.Code == "GHO010"));

        var answer = await ghost.Import(temp.Combine("ghost-import.json"));
        Assert.Empty(answer.GetProperty("problems").EnumerateArray());
        var items = (await ghost.All("posts")).ToDictionary(p => p.GetProperty("slug").GetString()!);
        Assert.Equal(plans.OfType<WritePlan>().Count(), items.Count);
        var video = items["video"].GetProperty("html").GetString()!;
        Assert.Matches("<video controls(=\"\")? src=\"https://example.com/a.mp4\"></video>", video);
        Assert.Contains("<p>Before</p>", video, StringComparison.Ordinal);
        Assert.Contains("<p>After</p>", video, StringComparison.Ordinal);
        Assert.Matches("<audio controls(=\"\")? src=\"https://example.com/a.mp3\"></audio>", items["audio"].GetProperty("html").GetString()!);
    }
}

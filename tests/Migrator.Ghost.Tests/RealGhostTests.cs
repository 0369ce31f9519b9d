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
}

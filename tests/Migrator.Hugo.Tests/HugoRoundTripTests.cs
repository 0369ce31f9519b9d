using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;
using Migrator.Hugo.Export;
using Migrator.Hugo.Import;
using Migrator.Hugo.Tests.Export;
using Migrator.Testing;

namespace Migrator.Hugo.Tests;

/// <summary>Hugo export, then Hugo import: what a post is and where it lives survive.</summary>
public sealed class HugoRoundTripTests
{
    public static TheoryData<FrontMatterSyntax, BodyMode, bool> Variants => new()
    {
        { FrontMatterSyntax.Yaml, BodyMode.Markdown, false },
        { FrontMatterSyntax.Toml, BodyMode.Html, true },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Titles_dates_urls_terms_and_disqus_fields_survive(FrontMatterSyntax syntax, BodyMode body, bool bundles)
    {
        using var temp = Corpus.NewTempFolder();
        var model = HugoRealBuildTests.Model().Select(m => m.Post).ToList();
        var run = ExportRun.Into(temp.Path, Sites.Example, model, new HugoExportOptions { FrontMatter = syntax, Body = body, Bundles = bundles });

        var diagnostics = new DiagnosticBag();
        var imported = new HugoImporter().Open([temp.Path], diagnostics);
        Assert.Equal("Example Blog", imported.Site.Title);
        Assert.Equal("http://example.com/", imported.Site.Url);
        var items = imported.Items.ToList();
        // The section pages the export writes for the lists hold no content: each is a skipped row, not a post.
        Assert.All(items.Where(i => i is not ReadPost), i => Assert.Equal("HUG004", Assert.IsType<IgnoredItem>(i).Reason.Code));
        var posts = items.OfType<ReadPost>().Select(r => r.Post).ToDictionary(p => p.Id!.Value);
        Assert.Equal(model.Count, posts.Count);
        Assert.DoesNotContain(diagnostics.Items, d => d.Severity != Severity.Info);

        foreach (var (original, plan) in model.Zip(run.Plans.Cast<WritePlan>()))
        {
            var back = posts[original.Id!.Value];
            Assert.Equal(original.Title, back.Title);
            Assert.Equal(original.Type, back.Type);
            Assert.Equal(original.Date, back.Date);
            Assert.Equal(original.Date!.Value.Offset, back.Date!.Value.Offset);
            Assert.Equal(original.Status == PublicationStatus.Draft, back.Status == PublicationStatus.Draft);
            // A draft has no page on the built site, so no new URL; its front matter still keeps its URL for later.
            if (original.Status == PublicationStatus.Draft)
                Assert.Null(plan.NewUrl);
            else
                Assert.Equal(Uri.UnescapeDataString(plan.NewUrl!), Uri.UnescapeDataString(back.Link!));
            Assert.Equal(Names(original, Taxonomies.Category), Names(back, Taxonomies.Category));
            Assert.Equal(Names(original, Taxonomies.Tag), Names(back, Taxonomies.Tag));
            Assert.Equal(original.Thread?.Identifier, back.Thread?.Identifier);
            Assert.Equal(original.Thread?.Url, back.Thread?.Url);
            Assert.Equal(original.Thread?.ThreadIds ?? [], back.Thread?.ThreadIds ?? []);
            if (body == BodyMode.Html && !original.Content.Text.Contains("{{", StringComparison.Ordinal))
                Assert.Equal(original.Content.Text, back.Content.Text);
        }
        // The kept old URL is the Link again, so a second export keeps it too.
        Assert.Equal("http://example.com/2020/03/04/%E6%97%A5%E6%9C%AC/", posts[50].Link);
    }

    private static IEnumerable<string> Names(Post post, string taxonomy) => post.TermsOf(taxonomy).Select(t => t.Name);
}

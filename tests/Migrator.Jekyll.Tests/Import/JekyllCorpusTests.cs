using Migrator.Core.Diagnostics;
using Migrator.Core.Pipeline;
using Migrator.Jekyll.Import;
using Migrator.Testing;

namespace Migrator.Jekyll.Tests.Import;

/// <summary>
/// Every real post and config of the shared corpus reads without an exception: each post, copied into a temporary site
/// under its real name (the last part of the path column of SOURCES.md), is either read or reported with a JKL code
/// that names the file (and the line, for front matter errors).
/// </summary>
public sealed class JekyllCorpusTests
{
    public static TheoryData<string> Posts => Corpus.SharedFileNames("jekyll-posts");
    public static TheoryData<string> Configs => Corpus.SharedFileNames("jekyll-config");

    [Theory]
    [MemberData(nameof(Posts))]
    public void Every_corpus_post_reads_or_is_reported(string fileName)
    {
        var source = Path.Combine(Corpus.RequireShared("jekyll-posts"), fileName);
        using var site = Corpus.NewTempFolder();
        var target = Path.Combine(site.Path, JekyllCorpusPosts.CopyInto(fileName, site.Path));

        var run = ImportRun.Of(site.Path);

        var item = Assert.Single(run.Items);
        switch (item)
        {
            case ReadPost read:
                Assert.Equal(File.ReadAllText(source), read.Post.Leftover<JekyllSourceText>()?.Text);
                Assert.False(string.IsNullOrEmpty(read.Post.Link));
                Assert.All(read.Diagnostics, d => Assert.StartsWith("JKL", d.Code, StringComparison.Ordinal));
                break;
            case UnreadableItem unreadable:
                Assert.StartsWith("JKL", unreadable.Error.Code, StringComparison.Ordinal);
                Assert.Equal(target, unreadable.Source.File);
                Assert.True(unreadable.Source.Line >= 1);
                break;
            case IgnoredItem ignored:
                Assert.Equal("JKL010", ignored.Reason.Code);
                Assert.Equal(target, ignored.Source.File);
                break;
            default:
                Assert.Fail($"unexpected item {item}");
                break;
        }
    }

    [Fact]
    public void The_corpus_posts_that_do_not_read_are_the_known_ones()
    {
        var failures = new List<string>();
        foreach (var fileName in Corpus.SharedFiles("jekyll-posts").Select(Path.GetFileName))
        {
            using var site = Corpus.NewTempFolder();
            JekyllCorpusPosts.CopyInto(fileName!, site.Path);
            var item = ImportRun.Of(site.Path).Items.Single();
            if (item is UnreadableItem unreadable)
                failures.Add($"{fileName}: {unreadable.Error.Code} line {unreadable.Source.Line}");
            else if (item is IgnoredItem ignored)
                failures.Add($"{fileName}: {ignored.Reason.Code} line {ignored.Source.Line} (skipped)");
        }
        // TryGhost fixtures that were not in _posts: their names have no date, so in _posts Jekyll ignores them.
        Assert.Equal(
            [
                "ghost-mgjekyll-my-first-post.md: JKL010 line 1 (skipped)",
                "ghost-mgjekyll-unquoted-date.markdown: JKL010 line 1 (skipped)",
            ],
            failures);
    }

    [Theory]
    [MemberData(nameof(Configs))]
    public void Every_corpus_config_reads_or_is_reported(string fileName)
    {
        var source = Path.Combine(Corpus.RequireShared("jekyll-config"), fileName);
        using var site = Corpus.NewTempFolder();
        File.Copy(source, site.Combine("_config.yml"));
        var config = new JekyllConfig { Fields = JekyllConfigReader.ReadText(File.ReadAllText(source), source, NullDiagnosticSink.Instance) };
        ImportRun.Write(site.Path, config.Source + "/_posts/2020-01-01-x.md", "---\ntitle: x\n---\nBody\n");

        var run = ImportRun.Of(site.Path);

        Assert.All(run.SiteDiagnostics.Items, d => Assert.StartsWith("JKL", d.Code, StringComparison.Ordinal));
        Assert.DoesNotContain(run.SiteDiagnostics.Items, d => d.Code == "JKL002");
        Assert.Single(run.Posts);
    }

    [Fact]
    public void A_repeated_config_key_keeps_its_last_value_as_Psych_does()
    {
        var diagnostics = new DiagnosticBag();
        const string text = "---\ntitle: First\nnav:\n  - a\n  - b\nurl: http://a.example\ntitle: Second\ndefaults:\n  x: 1\n  x: 2\n";

        var fields = JekyllConfigReader.ReadText(text, "_config.yml", diagnostics);

        Assert.Equal(["url", "title", "defaults"], fields.Select(kv => kv.Key).Where(k => k != "nav"));
        Assert.Equal("Second", JekyllConfig.Find(fields, "title"));
        Assert.Equal([new KeyValuePair<string, object?>("x", 2L)], (List<KeyValuePair<string, object?>>)JekyllConfig.Find(fields, "defaults")!);
        Assert.Equal([new Diagnostic("JKL003", Severity.Warning, diagnostics.Items[0].Message, new("_config.yml", 7)), new Diagnostic("JKL003", Severity.Warning, diagnostics.Items[1].Message, new("_config.yml", 10))],
            diagnostics.Items);
    }

    [Fact]
    public void Corpus_configs_give_their_zone_and_permalink()
    {
        using var site = Corpus.NewTempFolder();
        File.Copy(Corpus.RequireShared("jekyll-config/bloggure-_config.yml"), site.Combine("_config.yml"));
        ImportRun.Write(site.Path, "_posts/2014-09-01-MavenShade.md", "---\ncategories: java\n---\n");

        var run = ImportRun.Of(site.Path);

        Assert.Equal("Europe/Paris", run.Site.TimeZone);
        Assert.Equal("http://www.bloggure.info/java/MavenShade", run.Post("_posts/2014-09-01-MavenShade.md").Link);
    }

    [Fact]
    public void An_Octopress_site_reads_its_posts_from_source()
    {
        using var site = Corpus.NewTempFolder();
        File.Copy(Corpus.RequireShared("jekyll-config/cedricporter-octopress-_config.yml"), site.Combine("_config.yml"));
        File.Copy(Path.Combine(Corpus.SharedRoot, "jekyll-posts", "cedricporter-2012-01-20-management-remote-host.markdown"),
            ImportRun.Write(site.Path, "source/_posts/2012-01-20-management-remote-host.markdown", ""), overwrite: true);

        var run = ImportRun.Of(site.Path);
        var post = run.Post("_posts/2012-01-20-management-remote-host.markdown");

        Assert.Equal("http://everet.org/management-remote-host.html", post.Link);
        Assert.Equal(153, post.Id);
        Assert.Equal("open", post.CommentStatus);
    }
}

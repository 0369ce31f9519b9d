using System.Text.Json;
using HtmlAgilityPack;
using Migrator.Core.Media;
using Migrator.Testing;

namespace Migrator.Cli.Tests;

/// <summary>
/// Media that survives cutover (docs/media.md#in-a-conversion-run): the sample export names four files on its old host
/// (https://tidewater.example/wp-content/uploads/…); a convert run with --media-from copies exactly those into the new
/// site at the same paths, points exactly those references at the copies, keeps the old URL of a file it could not have,
/// and gives every file its audit row.
/// </summary>
public sealed class MediaConversionTests(ITestOutputHelper output)
{
    private const string OldHost = "https://tidewater.example";

    /// <summary>The sample's uploads by their path on the old site.</summary>
    private static readonly IReadOnlyDictionary<string, string> SampleFiles = Directory
        .EnumerateFiles(Uploads, "*", SearchOption.AllDirectories)
        .ToDictionary(f => "/wp-content/uploads/" + Path.GetRelativePath(Uploads, f).Replace('\\', '/'), f => f, StringComparer.Ordinal);

    private static string Uploads => Path.Combine(Corpus.Samples, "wordpress", "uploads");

    private const string Missing = "/wp-content/uploads/2023/07/tiller.jpg";

    /// <summary>A server standing in for the old host: the sample uploads, except <paramref name="missing"/> (404).</summary>
    private static LoopbackServer OldSite(string? missing = null) => new((path, _) =>
        path != missing && SampleFiles.TryGetValue(path, out var file) ? ServerReply.Ok(File.ReadAllBytes(file)) : ServerReply.WithStatus(404));

    [Fact]
    public async Task Media_from_a_stand_in_server_copies_exactly_the_sites_files_and_rewrites_exactly_their_links()
    {
        await using var server = OldSite(missing: Missing);
        using var temp = Corpus.NewTempFolder();
        var site = temp.Combine("site");

        var result = CliRun.Run("convert", CliRun.SampleWxr, "--to", "jekyll", "--out", site, "--quiet", "--media-from", server.BaseUrl.AbsoluteUri);

        Assert.True(result.ExitCode == 0, result.Stderr);
        // Each of the four files asked for once; nothing else.
        Assert.Equal(SampleFiles.Keys.Order(StringComparer.Ordinal), server.Requests.Order(StringComparer.Ordinal));
        foreach (var (path, file) in SampleFiles.Where(f => f.Key != Missing))
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(site, path.TrimStart('/'))));
        Assert.False(File.Exists(Path.Combine(site, Missing.TrimStart('/'))));

        var text = AllText(site, "_posts");
        foreach (var path in SampleFiles.Keys.Where(p => p != Missing))
        {
            Assert.DoesNotContain(OldHost + path, text, StringComparison.Ordinal);
            Assert.Contains($"src=\"{path}\"", text, StringComparison.Ordinal);
        }
        Assert.Contains($"src=\"{OldHost}{Missing}\"", text, StringComparison.Ordinal);

        var rows = CliRun.ReadReport(Path.Combine(site, "migration-report.csv"));
        var media = rows.Where(r => r["type"] == "media").ToList();
        Assert.Equal(SampleFiles.Keys.Order(StringComparer.Ordinal), media.Select(r => new Uri(r["old_url"]).AbsolutePath).Order(StringComparer.Ordinal));
        foreach (var row in media.Where(r => !r["old_url"].EndsWith(Missing, StringComparison.Ordinal)))
        {
            Assert.Equal("written", row["result"]);
            Assert.Equal(new Uri(row["old_url"]).AbsolutePath, row["new_url"]);
            Assert.Equal(row["new_url"].TrimStart('/'), row["output_path"]);
        }
        var failed = Assert.Single(media, r => r["result"] == "failed");
        Assert.Equal(OldHost + Missing, failed["old_url"]);
        Assert.Equal("", failed["new_url"]);
        Assert.Contains("404", failed["reason"], StringComparison.Ordinal);

        var tiller = Assert.Single(rows, r => r["type"] == "post" && r["slug"] == "new-tiller");
        Assert.Contains("MED001", tiller["warnings"], StringComparison.Ordinal);
        Assert.Contains(OldHost + Missing, tiller["messages"], StringComparison.Ordinal);
        var gallery = Assert.Single(rows, r => r["type"] == "post" && r["slug"] == "sommar-pa-åland");
        Assert.Contains("MED007: 2 media file(s)", gallery["messages"], StringComparison.Ordinal);
        Assert.DoesNotContain("MED001", gallery["warnings"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Media_from_a_folder_gives_what_the_server_gives_and_a_second_run_fetches_nothing()
    {
        await using var server = OldSite();
        using var temp = Corpus.NewTempFolder();
        var fromServer = temp.Combine("from-server");
        var fromFolder = temp.Combine("from-folder");

        Assert.Equal(0, CliRun.Run("convert", CliRun.SampleWxr, "--to", "hugo", "--out", fromServer, "--quiet", "--media-from", server.BaseUrl.AbsoluteUri).ExitCode);
        Assert.Equal(0, CliRun.Run("convert", CliRun.SampleWxr, "--to", "hugo", "--out", fromFolder, "--quiet", "--media-from", Uploads).ExitCode);

        // Hugo: the files under static/, at their old paths.
        foreach (var (path, file) in SampleFiles)
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(fromFolder, "static", path.TrimStart('/'))));
        var written = Files(fromServer).Where(f => !f.EndsWith(".csv", StringComparison.Ordinal) && !f.Contains(".migrator", StringComparison.Ordinal)).ToList();
        Assert.Equal(written, Files(fromFolder).Where(f => !f.EndsWith(".csv", StringComparison.Ordinal) && !f.Contains(".migrator", StringComparison.Ordinal)));
        foreach (var file in written)
            Assert.Equal(File.ReadAllBytes(Path.Combine(fromServer, file)), File.ReadAllBytes(Path.Combine(fromFolder, file)));

        var asked = server.Requests.Count;
        var again = CliRun.Run("convert", CliRun.SampleWxr, "--to", "hugo", "--out", fromServer, "--quiet", "--force", "--media-from", server.BaseUrl.AbsoluteUri);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(asked, server.Requests.Count);
        var media = CliRun.ReadReport(Path.Combine(fromServer, "migration-report.csv")).Where(r => r["type"] == "media").ToList();
        Assert.Equal(SampleFiles.Count, media.Count);
        Assert.All(media, r => Assert.Equal(("skipped", "already copied by an earlier run"), (r["result"], r["reason"])));
        Assert.All(media, r => Assert.Equal(new Uri(r["old_url"]).AbsolutePath, r["new_url"]));
    }

    [Fact]
    public async Task Media_download_fetches_each_file_from_the_url_the_export_gives()
    {
        await using var server = OldSite(missing: Missing);
        using var temp = Corpus.NewTempFolder();
        // The export's site lives on the loopback server: its URLs are the ones fetched.
        var host = server.BaseUrl.AbsoluteUri.TrimEnd('/');
        var export = temp.Combine("export.xml");
        File.WriteAllText(export, File.ReadAllText(CliRun.SampleWxr).Replace(OldHost, host, StringComparison.Ordinal));
        var site = temp.Combine("site");

        var result = CliRun.Run("convert", export, "--to", "jekyll", "--out", site, "--quiet", "--media-download");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(SampleFiles.Keys.Order(StringComparer.Ordinal), server.Requests.Order(StringComparer.Ordinal));
        var media = CliRun.ReadReport(Path.Combine(site, "migration-report.csv")).Where(r => r["type"] == "media").ToList();
        Assert.Equal(3, media.Count(r => r["result"] == "written"));
        Assert.Equal(host + Missing, Assert.Single(media, r => r["result"] == "failed")["old_url"]);
        var posts = AllText(site, "_posts");
        Assert.Contains($"src=\"{host}{Missing}\"", posts, StringComparison.Ordinal);
        Assert.Contains("src=\"/wp-content/uploads/2023/03/harbour.jpg\"", posts, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_media_options_links_stay_and_each_post_says_how_many_files_break_at_cutover()
    {
        using var temp = Corpus.NewTempFolder();
        var site = temp.Combine("site");

        var result = CliRun.Run("convert", CliRun.SampleWxr, "--to", "jekyll", "--out", site, "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(site, "wp-content")));
        foreach (var path in SampleFiles.Keys)
            Assert.Contains(OldHost + path, AllText(site, "_posts"), StringComparison.Ordinal);
        var rows = CliRun.ReadReport(Path.Combine(site, "migration-report.csv"));
        Assert.DoesNotContain(rows, r => r["type"] == "media");
        var warned = rows.Where(r => r["type"] == "post" && r["warnings"].Contains("MED006", StringComparison.Ordinal)).Select(r => r["slug"]).Order(StringComparer.Ordinal);
        Assert.Equal(["new-tiller", "reading-the-tide-tables", "sommar-pa-åland"], warned);
        using var json = JsonDocument.Parse(result.Stdout);
        var media = json.RootElement.GetProperty("media");
        Assert.False(media.GetProperty("copying").GetBoolean());
        Assert.True(media.GetProperty("left_on_old_host").GetInt32() >= 4);
    }

    [Fact]
    public void The_summary_counts_media_files_bytes_and_failures()
    {
        using var temp = Corpus.NewTempFolder();
        var result = CliRun.Run("convert", CliRun.SampleWxr, "--to", "jekyll", "--out", temp.Combine("site"), "--json", "--media-from", Uploads);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var media = json.RootElement.GetProperty("media");
        Assert.Equal(SampleFiles.Count, media.GetProperty("files").GetInt32());
        Assert.Equal(SampleFiles.Count, media.GetProperty("in_new_site").GetInt32());
        Assert.Equal(0, media.GetProperty("failed").GetInt32());
        Assert.Equal(SampleFiles.Values.Sum(f => new FileInfo(f).Length), media.GetProperty("bytes").GetInt64());
    }

    [Theory]
    [InlineData("--media-download", "--media-from", "UPLOADS")]
    [InlineData("--media-from", "no-such-folder")]
    [InlineData("--media-from", "ftp://tidewater.example/")]
    [InlineData("--media-jobs", "0", "--media-download")]
    public void Media_options_that_cannot_work_are_usage_errors(params string[] media)
    {
        using var temp = Corpus.NewTempFolder();
        var args = media.Select(a => a == "UPLOADS" ? Uploads : a);
        var result = CliRun.Run(["convert", CliRun.SampleWxr, "--to", "jekyll", "--out", temp.Combine("site"), .. args]);

        Assert.Equal(ExitCodes.UsageOrUnreadableInput, result.ExitCode);
        Assert.Contains("--media-", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("site")));
    }

    [Fact]
    public async Task Media_to_wxr_points_attachments_and_links_where_the_importer_downloads_them()
    {
        // The old host is gone; a stand-in serves its files. WordPress's importer downloads each attachment from its
        // attachment_url and replaces that URL in the posts: both must name the stand-in, for the files it has.
        await using var server = OldSite(missing: Missing);
        using var temp = Corpus.NewTempFolder();
        var outFolder = temp.Combine("out");
        var mirror = server.BaseUrl.AbsoluteUri.TrimEnd('/');

        var result = CliRun.Run("convert", CliRun.SampleWxr, "--to", "wxr", "--out", outFolder, "--quiet", "--media-from", server.BaseUrl.AbsoluteUri);

        Assert.True(result.ExitCode == 0, result.Stderr);
        var export = System.Xml.Linq.XDocument.Load(Assert.Single(Directory.GetFiles(outFolder, "*.xml")));
        System.Xml.Linq.XNamespace wp = "http://wordpress.org/export/1.2/";
        System.Xml.Linq.XNamespace content = "http://purl.org/rss/1.0/modules/content/";
        Assert.Equal([mirror + "/wp-content/uploads/2023/08/degerby.jpg", mirror + "/wp-content/uploads/2023/08/kokar.jpg"],
            export.Descendants(wp + "attachment_url").Select(e => e.Value).Order(StringComparer.Ordinal));
        var bodies = string.Concat(export.Descendants(content + "encoded").Select(e => e.Value));
        Assert.Contains($"src=\"{mirror}/wp-content/uploads/2023/03/harbour.jpg\"", bodies, StringComparison.Ordinal);
        Assert.DoesNotContain(OldHost + "/wp-content/uploads/2023/03/harbour.jpg", bodies, StringComparison.Ordinal);
        Assert.Contains($"src=\"{OldHost}{Missing}\"", bodies, StringComparison.Ordinal);

        // The files are kept beside the export, at their paths, and each has its row.
        foreach (var (path, file) in SampleFiles.Where(f => f.Key != Missing))
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(outFolder, path.TrimStart('/'))));
        var media = CliRun.ReadReport(Path.Combine(outFolder, "migration-report.csv")).Where(r => r["type"] == "media").ToList();
        Assert.Equal(SampleFiles.Count, media.Count);
        foreach (var row in media.Where(r => r["result"] == "written"))
            Assert.Equal(mirror + new Uri(row["old_url"]).AbsolutePath, row["new_url"]);
        Assert.Equal(OldHost + Missing, Assert.Single(media, r => r["result"] == "failed")["old_url"]);
    }

    [Fact]
    public void Media_from_a_folder_with_a_WXR_target_is_a_usage_error()
    {
        using var temp = Corpus.NewTempFolder();
        var result = CliRun.Run("convert", CliRun.SampleWxr, "--to", "wxr", "--out", temp.Combine("out"), "--media-from", Uploads);

        Assert.Equal(ExitCodes.UsageOrUnreadableInput, result.ExitCode);
        Assert.Contains("attachment_url", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Jekyll_builds_a_site_whose_media_references_all_resolve()
    {
        JekyllBuild.Require();
        using var temp = Corpus.NewTempFolder();
        var site = temp.Combine("site");
        var copy = UploadsWithout(temp, Missing);

        Assert.Equal(0, CliRun.Run("convert", CliRun.SampleWxr, "--to", "jekyll", "--out", site, "--quiet", "--media-from", copy).ExitCode);
        var (exit, log) = JekyllBuild.Run(site);
        output.WriteLine(log);
        Assert.True(exit == 0, log);

        AssertMediaResolve(Path.Combine(site, "_site"), site);
    }

    [Fact]
    public void Hugo_builds_a_site_whose_media_references_all_resolve()
    {
        HugoBuild.RequireHugo();
        using var temp = Corpus.NewTempFolder();
        var site = temp.Combine("site");
        var copy = UploadsWithout(temp, Missing);

        Assert.Equal(0, CliRun.Run("convert", CliRun.SampleWxr, "--to", "hugo", "--out", site, "--quiet", "--media-from", copy).ExitCode);
        var build = HugoBuild.Build(site, temp.Combine("public"));
        output.WriteLine(build.ToString());
        Assert.True(build.ExitCode == 0, build.ToString());

        AssertMediaResolve(temp.Combine("public"), site);
    }

    [Fact]
    public void Hugo_bundles_hold_their_posts_files_and_the_built_site_resolves_every_reference()
    {
        HugoBuild.RequireHugo();
        using var temp = Corpus.NewTempFolder();
        var site = temp.Combine("site");
        var copy = UploadsWithout(temp, Missing);

        Assert.Equal(0, CliRun.Run("convert", CliRun.SampleWxr, "--to", "hugo", "--bundles", "--out", site, "--quiet", "--media-from", copy).ExitCode);

        // The gallery post's bundle holds its two images, and its body points at them under its own URL.
        var bundle = Path.Combine(site, "content", "posts", "sommar-pa-åland");
        var index = File.ReadAllText(Path.Combine(bundle, "index.md"));
        var url = System.Text.RegularExpressions.Regex.Match(index, "(?m)^url: \"?(?<url>[^\"\n]+)\"?$").Groups["url"].Value;
        Assert.StartsWith("/", url, StringComparison.Ordinal);
        var images = Directory.EnumerateFiles(bundle).Select(Path.GetFileName).Where(n => n != "index.md").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, images.Count);
        foreach (var image in images)
        {
            Assert.Contains(MediaUrlOf(url + image!), index, StringComparison.Ordinal);
            Assert.Equal(File.ReadAllBytes(Path.Combine(copy, "2023", "08", image!)), File.ReadAllBytes(Path.Combine(bundle, image!)));
        }
        Assert.DoesNotContain("/wp-content/uploads/2023/08/", index, StringComparison.Ordinal);
        // The shared copy stays under static/, so the old URLs keep answering.
        Assert.True(File.Exists(Path.Combine(site, "static", "wp-content", "uploads", "2023", "08", images[0]!)));

        var build = HugoBuild.Build(site, temp.Combine("public"));
        output.WriteLine(build.ToString());
        Assert.True(build.ExitCode == 0, build.ToString());
        AssertMediaResolve(temp.Combine("public"), site);
    }

    [Fact]
    public void Hugo_bundles_of_two_posts_with_one_slug_never_share_files()
    {
        // The second post gets the first one's folder name; the writer puts it in <slug>-2/, so its files stay in static/.
        using var temp = Corpus.NewTempFolder();
        var export = temp.Combine("export.xml");
        File.WriteAllText(export, File.ReadAllText(CliRun.SampleWxr).Replace("<wp:post_name><![CDATA[new-tiller]]>", "<wp:post_name><![CDATA[reading-the-tide-tables]]>", StringComparison.Ordinal));
        var site = temp.Combine("site");

        Assert.Equal(0, CliRun.Run("convert", export, "--to", "hugo", "--bundles", "--out", site, "--quiet", "--media-from", Uploads).ExitCode);

        var first = Path.Combine(site, "content", "posts", "reading-the-tide-tables");
        var second = Path.Combine(site, "content", "posts", "reading-the-tide-tables-2");
        Assert.Equal(["harbour.jpg", "index.md"], Directory.EnumerateFiles(first).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["index.md"], Directory.EnumerateFiles(second).Select(Path.GetFileName));
        Assert.Contains("src=\"/2023/03/", File.ReadAllText(Path.Combine(first, "index.md")), StringComparison.Ordinal);
        Assert.Contains("src=\"/wp-content/uploads/2023/07/tiller.jpg\"", File.ReadAllText(Path.Combine(second, "index.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Media_download_to_wxr_names_each_file_by_its_own_url_whatever_the_post_wrote()
    {
        // WordPress's importer replaces the attachment's URL in the posts as a plain string: a resize query or another
        // spelling would escape it. Each reference becomes the file's own URL, the one that was fetched.
        await using var server = OldSite();
        using var temp = Corpus.NewTempFolder();
        var host = server.BaseUrl.AbsoluteUri.TrimEnd('/');
        var export = temp.Combine("export.xml");
        File.WriteAllText(export, File.ReadAllText(CliRun.SampleWxr)
            .Replace("src=\"https://tidewater.example/wp-content/uploads/2023/03/harbour.jpg\"", "src=\"https://tidewater.example/wp-content/uploads/2023/03/harbour.jpg?w=640&amp;h=427\"", StringComparison.Ordinal)
            .Replace(OldHost, host, StringComparison.Ordinal));
        var outFolder = temp.Combine("out");

        var result = CliRun.Run("convert", export, "--to", "wxr", "--out", outFolder, "--quiet", "--media-download");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var text = File.ReadAllText(Assert.Single(Directory.GetFiles(outFolder, "*.xml")));
        Assert.Contains($"src=\"{host}/wp-content/uploads/2023/03/harbour.jpg\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("harbour.jpg?w=640", text, StringComparison.Ordinal);
        Assert.Contains($"<wp:attachment_url><![CDATA[{host}/wp-content/uploads/2023/08/kokar.jpg]]></wp:attachment_url>", text, StringComparison.Ordinal);
        Assert.Equal(SampleFiles.Keys.Order(StringComparer.Ordinal), server.Requests.Order(StringComparer.Ordinal));
    }

    /// <summary>A decoded URL path as the media rewrite writes it: every character but letters, digits and <c>-._~/</c> percent-encoded.</summary>
    private static string MediaUrlOf(string path) =>
        string.Concat(System.Text.Encoding.UTF8.GetBytes(path).Select(b => char.IsAsciiLetterOrDigit((char)b) || "-._~/".Contains((char)b, StringComparison.Ordinal) ? ((char)b).ToString() : $"%{b:X2}"));

    [Fact]
    public void Jekyll_publishes_a_copied_file_whose_name_starts_with_an_underscore()
    {
        JekyllBuild.Require();
        using var temp = Corpus.NewTempFolder();
        var uploads = temp.Combine("old", "wp-content", "uploads", "2023", "03");
        Directory.CreateDirectory(uploads);
        File.WriteAllBytes(Path.Combine(uploads, "_harbour.jpg"), [1, 2, 3]);
        var export = temp.Combine("export.xml");
        File.WriteAllText(export, File.ReadAllText(CliRun.SampleWxr).Replace("2023/03/harbour.jpg", "2023/03/_harbour.jpg", StringComparison.Ordinal));
        var site = temp.Combine("site");

        Assert.Equal(0, CliRun.Run("convert", export, "--to", "jekyll", "--out", site, "--quiet", "--media-from", temp.Combine("old")).ExitCode);
        Assert.Contains("- \"_harbour.jpg\"", File.ReadAllText(Path.Combine(site, "_config.yml")), StringComparison.Ordinal);
        var (exit, log) = JekyllBuild.Run(site);
        Assert.True(exit == 0, log);

        Assert.True(File.Exists(Path.Combine(site, "_site", "wp-content", "uploads", "2023", "03", "_harbour.jpg")));
    }

    [Fact]
    public async Task Names_told_apart_by_case_get_the_same_paths_for_any_number_of_jobs_and_extra_hosts_count_as_the_sites_own()
    {
        // Every body names a file on a CDN host, spelt in one of three letter cases: three files that a
        // case-insensitive file system would merge, so two get -2 and -3, in input order.
        var spellings = new[] { "photo.jpg", "Photo.jpg", "PHOTO.jpg" };
        var n = 0;
        var text = System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(CliRun.SampleWxr), @"<content:encoded><!\[CDATA\[",
            _ => $"<content:encoded><![CDATA[<img src=\"https://cdn.example/wp-content/uploads/case/{spellings[n++ % 3]}\">");
        await using var server = new LoopbackServer((path, _) => path.StartsWith("/wp-content/uploads/", StringComparison.Ordinal)
            ? ServerReply.Ok(System.Text.Encoding.UTF8.GetBytes(path)) : ServerReply.WithStatus(404));
        using var temp = Corpus.NewTempFolder();
        var export = temp.Combine("export.xml");
        File.WriteAllText(export, text);

        string[] common = ["--quiet", "--media-from", server.BaseUrl.AbsoluteUri, "--media-host", "cdn.example", "--base-url", "https://new.example/"];
        Assert.Equal(0, CliRun.Run(["convert", export, "--to", "jekyll", "--out", temp.Combine("one"), "--jobs", "1", .. common]).ExitCode);
        Assert.Equal(0, CliRun.Run(["convert", export, "--to", "jekyll", "--out", temp.Combine("four"), "--jobs", "4", "--media-jobs", "8", .. common]).ExitCode);

        var files = Files(temp.Combine("one"));
        Assert.Equal(files, Files(temp.Combine("four")));
        foreach (var file in files.Where(f => !f.Contains(".migrator", StringComparison.Ordinal)))
            Assert.Equal(File.ReadAllText(temp.Combine("one", file)), File.ReadAllText(temp.Combine("four", file)));
        var copies = files.Where(f => f.Contains("case", StringComparison.Ordinal)).Select(f => f.Replace('\\', '/')).ToList();
        Assert.Equal(["wp-content/uploads/case/PHOTO-3.jpg", "wp-content/uploads/case/Photo-2.jpg", "wp-content/uploads/case/photo.jpg"], copies);
        var posts = AllText(temp.Combine("one"), "_posts");
        Assert.DoesNotContain("cdn.example", posts, StringComparison.Ordinal);
        Assert.Contains("src=\"https://new.example/wp-content/uploads/case/Photo-2.jpg\"", posts, StringComparison.Ordinal);
        Assert.Contains("MED003", File.ReadAllText(temp.Combine("one", "migration-report.csv")), StringComparison.Ordinal);
    }

    /// <summary>
    /// In the built site, every root-relative <c>src</c>, <c>srcset</c> candidate and file <c>href</c> names a file that
    /// exists, and the only media references to the old host are the files the report lists as failed.
    /// </summary>
    private static void AssertMediaResolve(string built, string site)
    {
        var failed = CliRun.ReadReport(Path.Combine(site, "migration-report.csv"))
            .Where(r => r["type"] == "media" && r["result"] == "failed").Select(r => r["old_url"]).ToHashSet(StringComparer.Ordinal);
        Assert.Equal([OldHost + Missing], failed);
        var checkedFiles = 0;
        var oldHostLeft = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in Directory.EnumerateFiles(built, "*.html", SearchOption.AllDirectories))
        {
            var document = new HtmlDocument();
            document.Load(page);
            foreach (var (url, isLink) in References(document))
            {
                if (url.StartsWith(OldHost + "/", StringComparison.Ordinal))
                {
                    if (!isLink || MediaReferences.HasFileExtension(url))
                        oldHostLeft.Add(url);
                    continue;
                }
                if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal) || (isLink && !MediaReferences.HasFileExtension(url)))
                    continue;
                var path = Uri.UnescapeDataString(url.Split('?', '#')[0]).TrimStart('/');
                Assert.True(File.Exists(Path.Combine(built, path)), $"{Path.GetRelativePath(built, page)}: {url} names no file of the built site");
                checkedFiles++;
            }
        }
        Assert.True(checkedFiles >= 3, $"only {checkedFiles} root-relative media references were found");
        Assert.Equal(failed, oldHostLeft);
    }

    private static IEnumerable<(string Url, bool IsLink)> References(HtmlDocument document)
    {
        foreach (var node in document.DocumentNode.Descendants().Where(n => n.NodeType == HtmlNodeType.Element))
        {
            if (node.GetAttributeValue("src", null) is { } src)
                yield return (HtmlEntity.DeEntitize(src), false);
            if (node.GetAttributeValue("srcset", null) is { } srcset)
            {
                foreach (var candidate in HtmlEntity.DeEntitize(srcset).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    yield return (candidate.Split(' ')[0], false);
            }
            if (node.Name == "a" && node.GetAttributeValue("href", null) is { } href)
                yield return (HtmlEntity.DeEntitize(href), true);
        }
    }

    private static string UploadsWithout(TempFolder temp, string missing)
    {
        var copy = temp.Combine("uploads");
        foreach (var (path, file) in SampleFiles.Where(f => f.Key != missing))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(Uploads, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return copy;
    }

    private static string AllText(string site, string folder) =>
        string.Concat(Directory.EnumerateFiles(Path.Combine(site, folder), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText));

    private static List<string> Files(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];
}

using System.Text.RegularExpressions;
using Migrator.Core.Publishing;
using Migrator.Testing;

namespace Migrator.Cli.Tests;

/// <summary>
/// Issue "Private stays private": nothing that identifies a visitor (a commenter's or form sender's e-mail or IP
/// address) reaches any target's output unless the owner asks with <c>--include-private-data</c>; contact-form entries
/// and other private records are skipped with their reason.
/// </summary>
public sealed partial class PrivacyTests(ITestOutputHelper output)
{
    public static TheoryData<string> WxrFiles => Corpus.SharedFileNames("wxr", "*.xml");

    /// <summary>
    /// For every corpus export and every target: the e-mail and IP addresses the export holds only in private places
    /// (commenters' fields, private records such as contact-form entries and spam, meta values) appear in no output file.
    /// Addresses the old site itself showed (in a published title, body or excerpt) or that belong to the site's
    /// authors are not visitors' data and are not counted.
    /// </summary>
    [Theory]
    [MemberData(nameof(WxrFiles))]
    public void No_target_writes_a_visitors_e_mail_or_IP_address(string name)
    {
        var path = Corpus.RequireShared(Path.Combine("wxr", name));
        var xml = File.ReadAllText(path);
        var secrets = PrivateValues(xml);
        if (secrets.Count == 0)
            return;
        foreach (var target in new[] { "jekyll", "hugo", "wxr" })
        {
            using var temp = Corpus.NewTempFolder();
            var result = CliRun.Run("convert", path, "--to", target, "--out", temp.Combine("out"), "--quiet", "--jobs", "2",
                "--redirects", target == "wxr" ? "netlify" : $"netlify,nginx,apache,{target}");
            if (result.ExitCode == 2)
                return; // not a WXR export at all: nothing is written (asserted by the conversion tests)
            foreach (var file in Directory.EnumerateFiles(temp.Combine("out"), "*", SearchOption.AllDirectories))
            {
                var text = File.ReadAllText(file);
                var leaked = secrets.Where(s => text.Contains(s, StringComparison.Ordinal)).ToList();
                Assert.True(leaked.Count == 0,
                    $"{target}: {Path.GetRelativePath(temp.Path, file)} holds visitors' data: {string.Join(", ", leaked.Take(5))}");
            }
        }
        output.WriteLine($"{secrets.Count} private addresses checked in 3 targets");
    }

    [Fact]
    public void A_contact_form_entry_is_skipped_with_its_reason_in_every_target()
    {
        using var temp = Corpus.NewTempFolder();
        var input = temp.Combine("feedback.xml");
        File.WriteAllText(input, ExportWithFeedback);
        foreach (var target in new[] { "jekyll", "hugo", "wxr" })
        {
            var result = CliRun.Run("convert", input, "--to", target, "--out", temp.Combine(target), "--quiet");
            Assert.Equal(0, result.ExitCode);
            var rows = CliRun.ReadReport(temp.Combine(target, "migration-report.csv"));
            var entry = Assert.Single(rows, r => r["type"] == "feedback");
            Assert.Equal("skipped", entry["result"]);
            Assert.Contains("personal data", entry["reason"], StringComparison.Ordinal);
            foreach (var file in Directory.EnumerateFiles(temp.Combine(target), "*", SearchOption.AllDirectories))
                Assert.DoesNotContain("visitor@example.net", File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void With_include_private_data_a_contact_form_entry_is_kept_but_never_published()
    {
        using var temp = Corpus.NewTempFolder();
        var input = temp.Combine("feedback.xml");
        File.WriteAllText(input, ExportWithFeedback);

        var result = CliRun.Run("convert", input, "--to", "jekyll", "--out", temp.Combine("site"), "--quiet", "--include-private-data");

        Assert.Equal(0, result.ExitCode);
        var entry = Assert.Single(CliRun.ReadReport(temp.Combine("site", "migration-report.csv")), r => r["type"] == "feedback");
        Assert.Equal("written", entry["result"]);
        Assert.Equal("", entry["new_url"]);
        var file = File.ReadAllText(temp.Combine("site", entry["output_path"]));
        Assert.Contains("published: false", file, StringComparison.Ordinal);
    }

    [Fact]
    public void Meta_holding_an_e_mail_address_is_not_written_to_front_matter()
    {
        using var temp = Corpus.NewTempFolder();
        var input = temp.Combine("meta.xml");
        File.WriteAllText(input, ExportWithFeedback);

        var result = CliRun.Run("convert", input, "--to", "hugo", "--out", temp.Combine("site"), "--quiet");

        Assert.Equal(0, result.ExitCode);
        var post = Assert.Single(CliRun.ReadReport(temp.Combine("site", "migration-report.csv")), r => r["type"] == "post");
        Assert.Contains("MIG006", post["messages"], StringComparison.Ordinal);
        var text = File.ReadAllText(temp.Combine("site", post["output_path"]));
        Assert.DoesNotContain("reader@example.org", text, StringComparison.Ordinal);
        Assert.DoesNotContain("203.0.113.9", text, StringComparison.Ordinal);
        Assert.Contains("subtitle", text, StringComparison.Ordinal);
    }

    /// <summary>Addresses found in private places of the raw export, less those the old site showed or its authors own.</summary>
    private static HashSet<string> PrivateValues(string xml)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in PrivateField().Matches(xml))
            found.UnionWith(PersonalData.Find(m.Groups["v"].Value));
        foreach (Match item in Item().Matches(xml))
        {
            var type = PostType().Match(item.Value).Groups["v"].Value;
            var status = Status().Match(item.Value).Groups["v"].Value;
            if (type is "feedback" or "flamingo_inbound" or "nf_sub" or "shop_order" || status == "spam")
                found.UnionWith(PersonalData.Find(item.Value));
        }
        var shown = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in PublicField().Matches(xml))
            shown.UnionWith(PersonalData.Find(m.Groups["v"].Value));
        found.ExceptWith(shown);
        // Too short to search for without matching unrelated text.
        found.RemoveWhere(v => v.Length < 7);
        return found;
    }

    [GeneratedRegex(@"<wp:(comment_author_email|comment_author_IP|meta_value)>(?<v>.*?)</wp:\1>", RegexOptions.Singleline)]
    private static partial Regex PrivateField();

    [GeneratedRegex(@"<(title|content:encoded|excerpt:encoded|wp:author_email|wp:author_login|link|wp:base_site_url|wp:base_blog_url|wp:comment_content|wp:comment_author_url)>(?<v>.*?)</\1>", RegexOptions.Singleline)]
    private static partial Regex PublicField();

    [GeneratedRegex(@"<item[\s>].*?</item>", RegexOptions.Singleline)]
    private static partial Regex Item();

    [GeneratedRegex(@"<wp:post_type>(<!\[CDATA\[)?(?<v>[^<\]]*)")]
    private static partial Regex PostType();

    [GeneratedRegex(@"<wp:status>(<!\[CDATA\[)?(?<v>[^<\]]*)")]
    private static partial Regex Status();

    private const string ExportWithFeedback = """
        <?xml version="1.0" encoding="UTF-8" ?>
        <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
        <channel>
          <title>Private</title>
          <link>https://private.example</link>
          <wp:wxr_version>1.2</wp:wxr_version>
          <wp:base_site_url>https://private.example</wp:base_site_url>
          <wp:base_blog_url>https://private.example</wp:base_blog_url>
          <item>
            <title>A post</title>
            <link>https://private.example/a-post/</link>
            <dc:creator>admin</dc:creator>
            <content:encoded><![CDATA[Hello.]]></content:encoded>
            <wp:post_id>1</wp:post_id>
            <wp:post_date>2024-01-02 10:00:00</wp:post_date>
            <wp:post_date_gmt>2024-01-02 10:00:00</wp:post_date_gmt>
            <wp:post_name>a-post</wp:post_name>
            <wp:status>publish</wp:status>
            <wp:post_type>post</wp:post_type>
            <wp:postmeta><wp:meta_key>subtitle</wp:meta_key><wp:meta_value><![CDATA[A subtitle]]></wp:meta_value></wp:postmeta>
            <wp:postmeta><wp:meta_key>_last_reader</wp:meta_key><wp:meta_value><![CDATA[reader@example.org]]></wp:meta_value></wp:postmeta>
            <wp:postmeta><wp:meta_key>_last_visit</wp:meta_key><wp:meta_value><![CDATA[203.0.113.9]]></wp:meta_value></wp:postmeta>
          </item>
          <item>
            <title>Visitor - Contact form</title>
            <link>https://private.example/?post_type=feedback&amp;p=2</link>
            <dc:creator>admin</dc:creator>
            <content:encoded><![CDATA[Please call me back.
        <!--more-->
        AUTHOR: Visitor
        AUTHOR EMAIL: visitor@example.net
        IP: 198.51.100.7]]></content:encoded>
            <wp:post_id>2</wp:post_id>
            <wp:post_date>2024-01-03 10:00:00</wp:post_date>
            <wp:post_date_gmt>2024-01-03 10:00:00</wp:post_date_gmt>
            <wp:post_name>visitor-contact-form</wp:post_name>
            <wp:status>publish</wp:status>
            <wp:post_type>feedback</wp:post_type>
            <wp:postmeta><wp:meta_key>_feedback_email</wp:meta_key><wp:meta_value><![CDATA[visitor@example.net]]></wp:meta_value></wp:postmeta>
          </item>
        </channel>
        </rss>
        """;
}

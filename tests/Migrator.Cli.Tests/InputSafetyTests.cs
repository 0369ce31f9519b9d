using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Migrator.Testing;

namespace Migrator.Cli.Tests;

/// <summary>
/// Issue "hostile input stays harmless": outputs are checked against inputs by their real paths, the audit survives,
/// inputs come as users have them (gzip, zip, standard input), unrelated sites are not merged silently, and the reason
/// of a failed run is always printed.
/// </summary>
public sealed class InputSafetyTests
{
    private static string Sample => CliRun.SampleWxr;

    [Fact]
    public void An_output_folder_that_is_a_link_to_the_input_site_is_refused()
    {
        using var temp = Corpus.NewTempFolder();
        var site = temp.Combine("site");
        CopyFolder(CliRun.SampleJekyllSite, site);
        var before = Snapshot(site);
        Directory.CreateSymbolicLink(temp.Combine("out"), site);

        var result = CliRun.Run("convert", site, "--to", "jekyll", "--out", temp.Combine("out"), "--force", "--quiet");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("input site", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(site));
    }

    [Fact]
    public void A_disqus_map_named_inside_the_input_site_is_refused()
    {
        using var temp = Corpus.NewTempFolder();
        var site = temp.Combine("site");
        CopyFolder(CliRun.SampleJekyllSite, site);
        var config = File.ReadAllText(Path.Combine(site, "_config.yml"));

        var result = CliRun.Run("convert", site, "--to", "hugo", "--out", temp.Combine("out"), "--disqus-map", Path.Combine(site, "_config.yml"), "--quiet");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(config, File.ReadAllText(Path.Combine(site, "_config.yml")));
    }

    [Fact]
    public void An_output_folder_holding_the_input_export_is_refused()
    {
        using var temp = Corpus.NewTempFolder();
        var input = temp.Combine("site.xml");
        File.Copy(Sample, input);

        var result = CliRun.Run("convert", input, "--to", "wxr", "--out", temp.Path, "--force", "--quiet");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("holds the input", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_at_the_reports_path_does_not_replace_the_audit()
    {
        using var temp = Corpus.NewTempFolder();
        var input = temp.Combine("export.xml");
        File.WriteAllText(input, File.ReadAllText(Sample).Replace(
            "<wp:post_name><![CDATA[about]]></wp:post_name>", "<wp:post_name><![CDATA[migration-report.csv]]></wp:post_name>", StringComparison.Ordinal)
            .Replace("https://tidewater.example/about/", "https://tidewater.example/migration-report.csv", StringComparison.Ordinal));

        var result = CliRun.Run("convert", input, "--to", "hugo", "--out", temp.Combine("out"), "--quiet");

        var rows = CliRun.ReadReport(temp.Combine("out", "migration-report.csv"));
        Assert.True(rows.Count > 5, $"exit {result.ExitCode}: {result.Stderr}");
        Assert.StartsWith("source_file,", File.ReadAllText(temp.Combine("out", "migration-report.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_site_file_cannot_be_written_at_the_end_the_audit_is_still_written_and_says_so()
    {
        using var temp = Corpus.NewTempFolder();
        var output = temp.Combine("out");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "_layouts"), "a file where the layouts folder goes");

        var result = CliRun.Run("convert", Sample, "--to", "jekyll", "--out", output, "--force", "--quiet");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("MIG007", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(CliRun.ReadReport(Path.Combine(output, "migration-report.csv")), r => r["result"] == "written");
    }

    [Fact]
    public void A_gzip_and_a_zip_export_convert_like_the_plain_file()
    {
        using var temp = Corpus.NewTempFolder();
        var gz = temp.Combine("site.xml.gz");
        using (var target = File.Create(gz))
        using (var zip = new GZipStream(target, CompressionLevel.Fastest))
        using (var source = File.OpenRead(Sample))
            source.CopyTo(zip);
        var archive = temp.Combine("export.zip");
        using (var zip = ZipFile.Open(archive, ZipArchiveMode.Create))
            zip.CreateEntryFromFile(Sample, Path.GetFileName(Sample));

        var plain = CliRun.Run("convert", Sample, "--to", "jekyll", "--out", temp.Combine("plain"), "--quiet");
        var fromGz = CliRun.Run("convert", gz, "--to", "jekyll", "--out", temp.Combine("gz"), "--quiet");
        var fromZip = CliRun.Run("convert", archive, "--to", "jekyll", "--out", temp.Combine("zip"), "--quiet");

        Assert.Equal((0, 0, 0), (plain.ExitCode, fromGz.ExitCode, fromZip.ExitCode));
        var posts = Directory.GetFiles(temp.Combine("plain", "_posts")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(posts);
        Assert.Equal(posts, Directory.GetFiles(temp.Combine("gz", "_posts")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(posts, Directory.GetFiles(temp.Combine("zip", "_posts")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Standard_input_converts_like_the_file_and_leaves_no_temporary_copy()
    {
        var program = Path.Combine(AppContext.BaseDirectory, "migrator.dll");
        Assert.True(File.Exists(program), program);
        using var temp = Corpus.NewTempFolder();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { program, "convert", "-", "--to", "jekyll", "--out", temp.Combine("out"), "--quiet" },
            RedirectStandardInput = true,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var cancel = TestContext.Current.CancellationToken;
        var stderr = process.StandardError.ReadToEndAsync(cancel);
        var stdout = process.StandardOutput.ReadToEndAsync(cancel);
        await using (var source = File.OpenRead(Sample))
            await source.CopyToAsync(process.StandardInput.BaseStream, cancel);
        process.StandardInput.Close();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        await stdout;

        Assert.True(process.ExitCode == 0, await stderr);
        Assert.NotEmpty(Directory.GetFiles(temp.Combine("out", "_posts")));
        Assert.Empty(Directory.GetFiles(temp.Combine("out"), "*.spool", SearchOption.AllDirectories));
    }

    [Fact]
    public void Exports_of_two_different_sites_are_refused_unless_merge_is_asked()
    {
        using var temp = Corpus.NewTempFolder();
        var other = temp.Combine("other.xml");
        File.WriteAllText(other, File.ReadAllText(Sample).Replace("tidewater.example", "elsewhere.example", StringComparison.Ordinal));

        var refused = CliRun.Run("convert", Sample, other, "--to", "jekyll", "--out", temp.Combine("a"), "--quiet");
        var merged = CliRun.Run("convert", Sample, other, "--to", "jekyll", "--out", temp.Combine("b"), "--quiet", "--merge");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--merge", refused.Stderr, StringComparison.Ordinal);
        Assert.NotEqual(2, merged.ExitCode);
    }

    [Fact]
    public void The_reason_of_a_damaged_export_is_printed_also_with_quiet()
    {
        using var temp = Corpus.NewTempFolder();
        var damaged = temp.Combine("damaged.xml");
        var text = File.ReadAllText(Sample);
        var cut = text.IndexOf("</item>", text.Length / 2, StringComparison.Ordinal);
        File.WriteAllText(damaged, text[..cut] + "</itme>" + text[(cut + "</item>".Length)..]);

        var result = CliRun.Run("convert", damaged, "--to", "jekyll", "--out", temp.Combine("out"), "--quiet");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("WXR02", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("damaged.xml", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void With_json_a_run_that_cannot_start_prints_its_reason_as_an_object()
    {
        using var temp = Corpus.NewTempFolder();

        var result = CliRun.Run("convert", temp.Combine("missing.xml"), "--to", "jekyll", "--out", temp.Combine("out"), "--json");

        Assert.Equal(2, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(2, json.RootElement.GetProperty("exit_code").GetInt32());
        Assert.Contains("does not exist", json.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string Snapshot(string folder) => string.Join('\n',
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetRelativePath(folder, f)} {File.ReadAllText(f).GetHashCode(StringComparison.Ordinal)}"));
}

using System.Globalization;
using Migrator.Testing;

namespace Migrator.Jekyll.Tests.Import;

/// <summary>
/// Dates as Jekyll reads them (docs/jekyll.md#dates), with <c>timezone: America/New_York</c>:
/// offsets are shown in the site zone, unquoted offset-less timestamps are UTC, quoted ones and dates are local.
/// </summary>
public sealed class JekyllDateTests
{
    [Theory]
    // docs/jekyll.md#dates: an explicit offset is converted; the URL uses the local day.
    [InlineData("date: 2020-01-01 01:30:00 +0100", "2019-12-31 19:30:00 -05:00", "/2019/12/31/x.html", null)]
    // docs/jekyll.md#dates: an unquoted timestamp without offset is UTC.
    [InlineData("date: 2020-01-01 02:00:00", "2019-12-31 21:00:00 -05:00", "/2019/12/31/x.html", "JKL024")]
    // The quoted form stays local.
    [InlineData("date: \"2020-01-01 02:00:00\"", "2020-01-01 02:00:00 -05:00", "/2020/01/01/x.html", null)]
    // A date alone is local midnight, quoted or not.
    [InlineData("date: 2020-01-01", "2020-01-01 00:00:00 -05:00", "/2020/01/01/x.html", null)]
    [InlineData("date: \"2021-11-26\"", "2021-11-26 00:00:00 -05:00", "/2021/11/26/x.html", null)]
    // Psych needs seconds to see a timestamp: without them it is a string, so local.
    [InlineData("date: 2020-01-01 02:00", "2020-01-01 02:00:00 -05:00", "/2020/01/01/x.html", null)]
    // Hand-written forms: slashes (a string to Psych, so local), Z.
    [InlineData("date: 2009/08/02 02:42:00", "2009-08-02 02:42:00 -04:00", "/2009/08/02/x.html", null)]
    [InlineData("date: 2010-08-20 00:00:00 Z", "2010-08-19 20:00:00 -04:00", "/2010/08/19/x.html", null)]
    // jekyll-import's nanoseconds and offset (and the note that its day is not the file name's, docs/jekyll.md#earlier-migrations).
    [InlineData("date: 2009-09-01 08:47:28.000000000 +01:00", "2009-09-01 03:47:28 -04:00", "/2009/09/01/x.html", "JKL026")]
    [InlineData("date: '2021-02-01 18:15:29 +0000'", "2021-02-01 13:15:29 -05:00", "/2021/02/01/x.html", null)]
    // docs/jekyll.md#dates: an overflowing day rolls over, quoted or not; a bad month is invalid.
    [InlineData("date: 2020-02-30", "2020-03-01 00:00:00 -05:00", "/2020/03/01/x.html", "JKL021")]
    [InlineData("date: 2020-02-30 10:00:00 +0000", "2020-03-01 05:00:00 -05:00", "/2020/03/01/x.html", "JKL021")]
    [InlineData("date: \"2020-02-31\"", "2020-03-02 00:00:00 -05:00", "/2020/03/02/x.html", "JKL021")]
    [InlineData("date: 2020-13-01", "2021-05-05 00:00:00 -04:00", "/2021/05/05/x.html", "JKL020")]
    [InlineData("date: 0000-00-00", "2021-05-05 00:00:00 -04:00", "/2021/05/05/x.html", "JKL020")]
    [InlineData("date: 2020-01-01 25:00:00", "2021-05-05 00:00:00 -04:00", "/2021/05/05/x.html", "JKL020")]
    [InlineData("date: someday", "2021-05-05 00:00:00 -04:00", "/2021/05/05/x.html", "JKL020")]
    // docs/jekyll.md#dates: an empty date fails a Jekyll build; we report it and use the file name.
    [InlineData("date:", "2021-05-05 00:00:00 -04:00", "/2021/05/05/x.html", "JKL022")]
    [InlineData("date: ''", "2021-05-05 00:00:00 -04:00", "/2021/05/05/x.html", "JKL022")]
    // No date: the file name's day, local midnight.
    [InlineData("title: x", "2021-05-05 00:00:00 -04:00", "/2021/05/05/x.html", null)]
    public void Dates_are_read_as_Jekyll_reads_them(string dateLine, string expected, string expectedPath, string? expectedCode)
    {
        using var folder = Corpus.NewTempFolder();
        ImportRun.Write(folder.Path, "_config.yml", "timezone: America/New_York\n");
        ImportRun.Write(folder.Path, "_posts/2021-05-05-x.md", $"---\n{dateLine}\n---\nBody\n");

        var run = ImportRun.Of(folder.Path);
        var read = run.Read("_posts/2021-05-05-x.md");

        Assert.Equal(expected, read.Post.Date!.Value.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture));
        Assert.Equal(expectedPath, read.Post.Link);
        var dateCodes = read.Diagnostics.Select(d => d.Code).Where(c => c.StartsWith("JKL02", StringComparison.Ordinal));
        if (expectedCode is null)
            Assert.Empty(dateCodes);
        else
            Assert.Equal([expectedCode], dateCodes);
    }

    [Fact]
    public void A_file_name_without_leading_zeros_is_a_date()
    {
        using var folder = Corpus.NewTempFolder();
        ImportRun.Write(folder.Path, "_config.yml", "timezone: Europe/Paris\npermalink: /:year/:month/:day/:title/\n");
        ImportRun.Write(folder.Path, "_posts/2021-9-1-alt-date-format.md", "---\ntitle: x\n---\n");

        var post = ImportRun.Of(folder.Path).Post("_posts/2021-9-1-alt-date-format.md");

        Assert.Equal(new DateTimeOffset(2021, 9, 1, 0, 0, 0, TimeSpan.FromHours(2)), post.Date);
        Assert.Equal("/2021/09/01/alt-date-format/", post.Link);
    }

    [Fact]
    public void Without_a_time_zone_dates_are_UTC_and_it_is_reported()
    {
        using var folder = Corpus.NewTempFolder();
        ImportRun.Write(folder.Path, "_posts/2020-01-01-x.md", "---\ndate: 2020-01-01 01:30:00 +0100\n---\n");

        var run = ImportRun.Of(folder.Path);

        Assert.Equal(new DateTimeOffset(2020, 1, 1, 0, 30, 0, TimeSpan.Zero), run.Post("_posts/2020-01-01-x.md").Date);
        Assert.Contains("JKL004", run.SiteDiagnostics.Items.Select(d => d.Code));
        Assert.Contains("JKL001", run.SiteDiagnostics.Items.Select(d => d.Code));
        Assert.Null(run.Site.TimeZone);
    }

    [Fact]
    public void An_unknown_time_zone_is_reported_and_UTC_used()
    {
        using var folder = Corpus.NewTempFolder();
        ImportRun.Write(folder.Path, "_config.yml", "timezone: Mars/Olympus_Mons\n");
        ImportRun.Write(folder.Path, "_posts/2020-01-01-x.md", "---\ntitle: x\n---\n");

        var run = ImportRun.Of(folder.Path);

        Assert.Equal(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), run.Post("_posts/2020-01-01-x.md").Date);
        Assert.Contains("JKL005", run.SiteDiagnostics.Items.Select(d => d.Code));
    }

    [Fact]
    public void A_jekyll_import_offset_that_moves_the_day_is_pointed_out()
    {
        // docs/jekyll.md#earlier-migrations: imported on a machine at -04:00, the blog is in Paris: 23:28 -04:00 is the next day there.
        using var folder = Corpus.NewTempFolder();
        ImportRun.Write(folder.Path, "_config.yml", "timezone: Europe/Paris\n");
        ImportRun.Write(folder.Path, "_posts/2010-10-04-find.html", "---\ndate: 2010-10-04 23:28:50.000000000 -04:00\n---\n");

        var read = ImportRun.Of(folder.Path).Read("_posts/2010-10-04-find.html");

        Assert.Equal(new DateTimeOffset(2010, 10, 5, 5, 28, 50, TimeSpan.FromHours(2)), read.Post.Date);
        Assert.Contains("JKL026", read.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Future_posts_are_marked_future_as_Jekyll_does_not_publish_them()
    {
        using var folder = Corpus.NewTempFolder();
        ImportRun.Write(folder.Path, "_posts/2030-01-01-later.md", "---\ntitle: Later\n---\n");
        ImportRun.Write(folder.Path, "_posts/2020-01-01-before.md", "---\ntitle: Before\n---\n");

        var run = ImportRun.Of(folder.Path);

        Assert.Equal(Migrator.Core.Model.PublicationStatus.Scheduled, run.Post("_posts/2030-01-01-later.md").Status);
        Assert.Contains("JKL025", run.Codes("_posts/2030-01-01-later.md"));
        Assert.Equal(Migrator.Core.Model.PublicationStatus.Published, run.Post("_posts/2020-01-01-before.md").Status);
    }
}

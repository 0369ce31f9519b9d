using Migrator.Core.Diagnostics;
using Migrator.Core.Media;
using Migrator.Core.Output;
using Migrator.Testing;

namespace Migrator.Core.Tests.Media;

/// <summary>Where each file goes: the old path mirrored, made safe whatever the URL holds.</summary>
public sealed class MediaPathTests
{
    private const string Site = "https://tidewater.example";

    [Theory]
    [InlineData("/wp-content/uploads/2015/03/photo.jpg", "wp-content/uploads/2015/03/photo.jpg")]
    [InlineData("/wp-content/uploads/2015/03/my%20photo.jpg", "wp-content/uploads/2015/03/my photo.jpg")]
    [InlineData("/wp-content/uploads/2015/03/%C3%85land.jpg", "wp-content/uploads/2015/03/Åland.jpg")]
    [InlineData("/wp-content/uploads/2015/03/100%2525.jpg", "wp-content/uploads/2015/03/100%25.jpg")]
    [InlineData("/wp-content/uploads/../../../etc/passwd.jpg", "wp-content/uploads/etc/passwd.jpg")]
    [InlineData("/wp-content/uploads/%2e%2e/%2E%2E/x.jpg", "wp-content/uploads/x.jpg")]
    [InlineData("/wp-content/uploads\\..\\..\\x.jpg", "wp-content/uploads/x.jpg")]
    [InlineData("/wp-content/uploads/..%5C..%5Cx.jpg", "wp-content/uploads/-..-x.jpg")]
    [InlineData("/wp-content/uploads/a%2Fb.jpg", "wp-content/uploads/a-b.jpg")]
    [InlineData("/wp-content/uploads/nul%00byte.jpg", "wp-content/uploads/nul-byte.jpg")]
    [InlineData("/wp-content/uploads/line%0Abreak.jpg", "wp-content/uploads/line-break.jpg")]
    [InlineData("/wp-content/uploads/what%3F%2A.jpg", "wp-content/uploads/what--.jpg")]
    [InlineData("/wp-content/uploads/.hidden.jpg", "wp-content/uploads/hidden.jpg")]
    [InlineData("/wp-content/uploads/CON.jpg", "wp-content/uploads/CON-.jpg")]
    [InlineData("//wp-content//uploads//x.jpg", "wp-content/uploads/x.jpg")]
    public void A_file_path_mirrors_the_old_path_decoded_once_and_never_climbs(string urlPath, string expected)
    {
        using var temp = Corpus.NewTempFolder();
        var plan = new MediaPlan(MediaSite.For([Site]));
        Assert.True(plan.AddFile(Site + urlPath));

        var path = Assert.Single(plan.Files).Path;
        Assert.Equal(expected, path);
        var full = new OutputFolder(temp.Path).Resolve(path!);
        Assert.NotNull(full);
        Assert.StartsWith(temp.Path + Path.DirectorySeparatorChar, full, StringComparison.Ordinal);
    }

    [Fact]
    public void Very_long_names_are_cut_and_keep_a_hash_so_that_they_stay_apart()
    {
        var plan = new MediaPlan(MediaSite.For([Site]));
        var stem = new string('å', 200);
        plan.AddFile($"{Site}/wp-content/uploads/{stem}-one.jpg");
        plan.AddFile($"{Site}/wp-content/uploads/{stem}-two.jpg");

        var names = plan.Files.Select(f => f.Path!.Split('/')[^1]).ToList();
        Assert.All(names, n => Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(n), 1, 150));
        Assert.All(names, n => Assert.Matches("^å+-[0-9a-f]{8}\\.jpg$", n));
        Assert.NotEqual(names[0], names[1]);
    }

    [Fact]
    public void Names_that_differ_only_in_case_get_distinct_paths_and_are_reported()
    {
        var diagnostics = new DiagnosticBag();
        var plan = new MediaPlan(MediaSite.For([Site]), diagnostics: diagnostics);
        plan.Add($"""
            <img src="{Site}/wp-content/uploads/Photo.JPG"><img src="{Site}/wp-content/uploads/photo.jpg">
            <img src="http://www.tidewater.example/wp-content/uploads/Photo.JPG?w=100"><img src="{Site}/wp-content/uploads/photo-2.jpg">
            """);

        Assert.Equal(
            ["wp-content/uploads/Photo.JPG", "wp-content/uploads/photo-2.jpg", "wp-content/uploads/photo-2-2.jpg"],
            plan.Files.Select(f => f.Path));
        Assert.Equal(["MED003", "MED003"], diagnostics.Items.Select(d => d.Code));
    }

    [Fact]
    public void A_renamed_file_is_reported()
    {
        var diagnostics = new DiagnosticBag();
        var plan = new MediaPlan(MediaSite.For([Site]), diagnostics: diagnostics);
        plan.Add($"""<img src="{Site}/wp-content/uploads/a%3Ab.jpg"><img src="{Site}/wp-content/uploads/plain.jpg">""");

        Assert.Equal(["MED002"], diagnostics.Items.Select(d => d.Code));
    }

    [Fact]
    public void A_media_folder_prefixes_the_output_path_but_not_the_url()
    {
        var plan = new MediaPlan(MediaSite.For([Site]), "static");
        plan.AddFile(Site + "/wp-content/uploads/a.jpg");

        var file = Assert.Single(plan.Files);
        Assert.Equal("static/wp-content/uploads/a.jpg", file.OutputPath);
        Assert.Equal("wp-content/uploads/a.jpg", file.Path);
    }
}

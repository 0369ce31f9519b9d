using Migrator.Core.Text;

namespace Migrator.Core.Tests.Text;

public sealed class WordPressSlugTests
{
    [Theory]
    [InlineData("Café Olé", "cafe-ole")]
    [InlineData("Ελληνικά κείμενο", "%ce%b5%ce%bb%ce%bb%ce%b7%ce%bd%ce%b9%ce%ba%ce%ac-%ce%ba%ce%b5%ce%af%ce%bc%ce%b5%ce%bd%ce%bf")]
    [InlineData("Tips & Tricks: 10% off!", "tips-tricks-10-off")]
    [InlineData("My Draft", "my-draft")]
    [InlineData("<b>Bold</b> move", "bold-move")]
    [InlineData("It&#8217;s “quoted” — really", "its-quoted-really")]
    [InlineData("Tips &amp; Tricks", "tips-tricks")]
    [InlineData("Version 2.0 / beta", "version-2-0-beta")]
    [InlineData("Straße Æsir Łódź", "strase-aesir-lodz")]
    [InlineData("already%20encoded", "already%20encoded")]
    [InlineData("  --Hello--World--  ", "hello-world")]
    [InlineData("£5 for €5", "5-for-e5")]
    public void Sanitize_title_follows_WordPress(string title, string expected) =>
        Assert.Equal(expected, WordPressSlug.SanitizeTitle(title));

    [Fact]
    public void A_long_Japanese_title_keeps_only_22_characters_in_200_encoded_bytes()
    {
        var title = string.Concat(Enumerable.Repeat("日本語の長いタイトルです", 5));
        Assert.Equal(60, title.Length);
        var slug = WordPressSlug.SanitizeTitle(title);
        Assert.True(slug.Length <= WordPressSlug.MaxEncodedLength);
        Assert.Equal(title[..22], PercentDecoding.Decode(slug));
    }

    [Fact]
    public void From_title_returns_the_slug_decoded() =>
        Assert.Equal("ελληνικά-κείμενο", WordPressSlug.FromTitle("Ελληνικά κείμενο"));
}

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
        Assert.Equal(title[..22], WordPressSlug.PercentDecode(slug));
    }

    [Fact]
    public void From_title_returns_the_slug_decoded() =>
        Assert.Equal("ελληνικά-κείμενο", WordPressSlug.FromTitle("Ελληνικά κείμενο"));

    [Theory]
    [InlineData("%e6%97%a5%e6%9c%ac", "日本")]
    [InlineData("%E6%97%A5%E6%9C%AC", "日本")]
    [InlineData("caf%c3%a9-ole", "café-ole")]
    [InlineData("plain-slug", "plain-slug")]
    [InlineData("bad-%ff-byte", "bad-%ff-byte")]
    [InlineData("cut-%e6%97", "cut-%e6%97")]
    [InlineData("%c3%a9%ff%c3%a9", "é%ffé")]
    [InlineData("100%-sure%", "100%-sure%")]
    public void Percent_decoding_reads_UTF_8_and_keeps_invalid_octets(string slug, string expected) =>
        Assert.Equal(expected, WordPressSlug.PercentDecode(slug));
}

using Migrator.Core.Text;

namespace Migrator.Core.Tests.Text;

/// <summary>Percent-decoding as stored slugs and URL paths need it (docs/wordpress-wxr.md#slugs-and-percent-encoding).</summary>
public sealed class PercentDecodingTests
{
    [Theory]
    [InlineData("%e6%97%a5%e6%9c%ac", "日本", false)]
    [InlineData("%E6%97%A5%E6%9C%AC", "日本", false)]
    [InlineData("caf%c3%a9-ole", "café-ole", false)]
    [InlineData("plain-slug", "plain-slug", false)]
    [InlineData("100%-sure%", "100%-sure%", false)]
    [InlineData("bad-%ff-byte", "bad-%ff-byte", true)]
    [InlineData("bad-%FF-byte", "bad-%FF-byte", true)]
    [InlineData("cut-%e6%97", "cut-%e6%97", true)]
    [InlineData("%c3%a9%ff%c3%a9", "é%ffé", true)]
    [InlineData("%C3%A9%Fe%c3%a9", "é%Feé", true)]
    public void UTF_8_octets_are_decoded_and_invalid_ones_kept_exactly_as_written(string text, string expected, bool invalid)
    {
        Assert.Equal(expected, PercentDecoding.Decode(text, out var keptInvalid));
        Assert.Equal(invalid, keptInvalid);
    }
}

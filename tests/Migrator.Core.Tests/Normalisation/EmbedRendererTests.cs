using Migrator.Core.Normalisation.Embeds;

namespace Migrator.Core.Tests.Normalisation;

public sealed class EmbedRendererTests
{
    [Theory]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "dQw4w9WgXcQ")]
    [InlineData("http://youtube.com/watch?feature=x&v=dQw4w9WgXcQ", "dQw4w9WgXcQ")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ", "dQw4w9WgXcQ")]
    [InlineData("https://m.youtube.com/shorts/dQw4w9WgXcQ", "dQw4w9WgXcQ")]
    [InlineData("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", "dQw4w9WgXcQ")]
    [InlineData("https://example.com/watch?v=dQw4w9WgXcQ", null)]
    public void YouTube_ids_are_found_in_every_URL_form(string url, string? id) =>
        Assert.Equal(id, EmbedRenderer.YouTubeId(url));

    [Theory]
    [InlineData("https://vimeo.com/76979871", "76979871")]
    [InlineData("https://player.vimeo.com/video/76979871?h=abc", "76979871")]
    [InlineData("https://vimeo.com/channels/staffpicks/76979871", "76979871")]
    [InlineData("https://vimeo.com/about", null)]
    public void Vimeo_ids_are_found(string url, string? id) =>
        Assert.Equal(id, EmbedRenderer.VimeoId(url));

    [Fact]
    public void URLs_stored_escaped_are_decoded_once_and_escaped_once() =>
        Assert.Equal("<a href=\"https://x.com/?a=1&amp;b=2\">https://x.com/?a=1&amp;b=2</a>", EmbedRenderer.Render("https://x.com/?a=1&#038;b=2"));
}

using Migrator.Core.Model;

namespace Migrator.WordPress.Import;

/// <summary>What the header of one WXR file says about its site (docs/wordpress-wxr.md#channel).</summary>
internal sealed record WxrChannel(string File)
{
    public string? Title { get; set; }
    public string? Link { get; set; }
    public string? Description { get; set; }
    public string? Language { get; set; }
    public string? PubDate { get; set; }
    public string? Generator { get; set; }
    public string? VersionText { get; set; }
    public string? BaseSiteUrl { get; set; }
    public string? BaseBlogUrl { get; set; }
    public List<Author> Authors { get; } = [];
    public List<Term> Terms { get; } = [];
    public List<KeyValuePair<string, object?>> Extra { get; } = [];
}

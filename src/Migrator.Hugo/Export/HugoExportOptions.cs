using Migrator.Core.Pipeline;

namespace Migrator.Hugo.Export;

/// <summary>What the Hugo exporter reads from <see cref="ExportSettings"/>; defaults are those of <see cref="ExportSettings"/>.</summary>
public sealed record HugoExportOptions
{
    /// <summary>Markdown (converted from HTML, raw HTML kept where Markdown cannot say it) or <c>.html</c> content files.</summary>
    public BodyMode Body { get; init; } = BodyMode.Markdown;

    /// <summary>YAML (<c>---</c>) or TOML (<c>+++</c>) front matter.</summary>
    public FrontMatterSyntax FrontMatter { get; init; } = FrontMatterSyntax.Yaml;

    /// <summary>Posts as leaf bundles (<c>content/posts/slug/index.md</c>) instead of single files. Pages stay single files
    /// (a leaf bundle cannot hold child pages).</summary>
    public bool Bundles { get; init; }

    /// <summary>Absolute URL of the new site (<c>baseURL</c>); the old site's URL when null.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Write commenters' e-mail and IP addresses into <c>data/comments</c>.</summary>
    public bool IncludePrivateData { get; init; }

    public static HugoExportOptions From(ExportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new HugoExportOptions
        {
            Body = settings.Body,
            FrontMatter = settings.FrontMatter,
            Bundles = settings.Bundles,
            BaseUrl = settings.BaseUrl,
            IncludePrivateData = settings.IncludePrivateData,
        };
    }
}

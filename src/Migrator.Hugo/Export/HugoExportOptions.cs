using Migrator.Core.Pipeline;

namespace Migrator.Hugo.Export;

/// <summary>
/// The Hugo exporter's choices: the shared ones from <see cref="ExportSettings"/> and Hugo's own options
/// (<see cref="CommandLine"/>); defaults are the properties' initial values, written once here.
/// </summary>
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

    private const string FrontMatterOption = "front-matter";
    private const string BundlesOption = "bundles";

    /// <summary>Hugo's own command-line options.</summary>
    public static IReadOnlyList<FormatOption> CommandLine { get; } =
    [
        new(FrontMatterOption, "Hugo front matter syntax: yaml or toml.", FormatOptionKind.Choice)
        {
            Choices = ["yaml", "toml"],
            Default = new HugoExportOptions().FrontMatter.ToString().ToLowerInvariant(),
        },
        new(BundlesOption, "Hugo: write posts as page bundles (slug/index.md).", FormatOptionKind.Flag),
    ];

    public static HugoExportOptions From(ExportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var defaults = new HugoExportOptions();
        return new HugoExportOptions
        {
            Body = settings.Body,
            FrontMatter = settings.FormatOptions.Choice(FrontMatterOption, defaults.FrontMatter),
            Bundles = settings.FormatOptions.Flag(BundlesOption, defaults.Bundles),
            BaseUrl = settings.BaseUrl,
            IncludePrivateData = settings.IncludePrivateData,
        };
    }
}

/// <summary>How Hugo front matter is written.</summary>
public enum FrontMatterSyntax
{
    /// <summary>YAML between <c>---</c> lines.</summary>
    Yaml,
    /// <summary>TOML between <c>+++</c> lines.</summary>
    Toml,
}

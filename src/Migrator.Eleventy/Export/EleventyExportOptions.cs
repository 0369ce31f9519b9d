using Migrator.Core.Pipeline;

namespace Migrator.Eleventy.Export;

/// <summary>The Eleventy exporter's choices, from the shared <see cref="ExportSettings"/>; defaults are the initial values here.</summary>
public sealed record EleventyExportOptions
{
    /// <summary>Markdown (converted from HTML, raw HTML kept where Markdown cannot say it) or <c>.html</c> content files.</summary>
    public BodyMode Body { get; init; } = BodyMode.Markdown;

    /// <summary>Absolute URL of the new site; the old site's URL when null.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Write commenters' e-mail and IP addresses into the comments data.</summary>
    public bool IncludePrivateData { get; init; }

    public static EleventyExportOptions From(ExportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new EleventyExportOptions
        {
            Body = settings.Body,
            BaseUrl = settings.BaseUrl,
            IncludePrivateData = settings.IncludePrivateData,
        };
    }
}

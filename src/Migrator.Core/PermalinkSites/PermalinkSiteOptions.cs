using Migrator.Core.Pipeline;

namespace Migrator.Core.PermalinkSites;

/// <summary>A permalink site writer's choices, from the shared <see cref="ExportSettings"/>; defaults are the initial values here.</summary>
public sealed record PermalinkSiteOptions
{
    /// <summary>Markdown (converted from HTML, raw HTML kept where Markdown cannot say it) or HTML content files where the generator builds them.</summary>
    public BodyMode Body { get; init; } = BodyMode.Markdown;

    /// <summary>Absolute URL of the new site; the old site's URL when null.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Write commenters' e-mail and IP addresses into the comments data.</summary>
    public bool IncludePrivateData { get; init; }

    public static PermalinkSiteOptions From(ExportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new PermalinkSiteOptions { Body = settings.Body, BaseUrl = settings.BaseUrl, IncludePrivateData = settings.IncludePrivateData };
    }
}

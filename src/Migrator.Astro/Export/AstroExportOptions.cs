using Migrator.Core.Pipeline;

namespace Migrator.Astro.Export;

/// <summary>The Astro exporter's choices, from the shared <see cref="ExportSettings"/>; defaults are the initial values here.</summary>
public sealed record AstroExportOptions
{
    /// <summary>Absolute URL of the new site; the old site's URL when null.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Write commenters' e-mail and IP addresses into the comments data.</summary>
    public bool IncludePrivateData { get; init; }

    /// <summary>What was asked for the bodies; Astro's content collections take Markdown, so HTML is reported (AST005).</summary>
    public BodyMode Body { get; init; } = BodyMode.Markdown;

    public static AstroExportOptions From(ExportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new AstroExportOptions { BaseUrl = settings.BaseUrl, IncludePrivateData = settings.IncludePrivateData, Body = settings.Body };
    }
}

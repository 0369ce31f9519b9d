using Migrator.Core.Pipeline;

namespace Migrator.Ghost.Export;

/// <summary>The Ghost writer's choices, from the shared <see cref="ExportSettings"/>; defaults are the initial values here.</summary>
public sealed record GhostExportOptions
{
    /// <summary>Absolute URL of the Ghost site, for the audit's addresses; the old site's URL when null.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Write commenters' e-mail and IP addresses into the comments file.</summary>
    public bool IncludePrivateData { get; init; }

    public static GhostExportOptions From(ExportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new GhostExportOptions { BaseUrl = settings.BaseUrl, IncludePrivateData = settings.IncludePrivateData };
    }
}

namespace Migrator.Core.Pipeline;

/// <summary>
/// The export choices a user makes on the command line that every writer shares. Each exporter reads the ones that
/// concern it into its own options record, with the values of its own options (<see cref="FormatOptions"/>).
/// </summary>
public sealed record ExportSettings
{
    /// <summary>Bodies as Markdown (converted from HTML) or kept as HTML.</summary>
    public BodyMode Body { get; init; } = BodyMode.Markdown;

    /// <summary>Absolute URL of the new site, when it differs from the old one.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Write commenters' e-mail and IP addresses into the output (off by default: personal data).</summary>
    public bool IncludePrivateData { get; init; }

    /// <summary>
    /// Files put into the published site by a step other than the writer (copied media), filled during the run; a
    /// writer that must list some of them in its configuration reads them when it writes its site-wide files.
    /// </summary>
    public SiteFiles? OtherFiles { get; init; }

    /// <summary>Redirect file formats to write (<c>netlify</c>, <c>nginx</c>…).</summary>
    public IReadOnlyList<string> Redirects { get; init; } = [];

    /// <summary>Values of the target format's own options (<see cref="FormatInfo.ExportOptions"/>).</summary>
    public FormatOptionValues FormatOptions { get; init; } = FormatOptionValues.None;
}

public enum BodyMode
{
    Markdown,
    Html,
}


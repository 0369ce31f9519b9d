using System.Globalization;
using Migrator.Core.Pipeline;

namespace Migrator.WordPress.Export;

/// <summary>
/// Options of the WXR writer: the shared ones from <see cref="ExportSettings"/> and its own (<see cref="CommandLine"/>);
/// defaults are the properties' initial values.
/// </summary>
public sealed record WxrExportOptions
{
    /// <summary>Start a new file once the current one passes this many megabytes (0 = one file).</summary>
    public int SplitMegabytes { get; init; }

    /// <summary>Absolute URL of the new site; links and base URLs are rebased onto it when set.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Write commenters' e-mail and IP addresses (otherwise those elements are written empty).</summary>
    public bool IncludePrivateData { get; init; }

    /// <summary>
    /// The items come from a WordPress export (WordPress to WordPress): their post types are the old site's own
    /// (registered there by its plugins) and stay as they are; otherwise a type WordPress does not know is written as
    /// a page keeping its type in meta, since the importer refuses unregistered types.
    /// </summary>
    public bool ReExport { get; init; }

    /// <summary>
    /// The export's date, in the file name (<c>site.wordpress.2024-05-01.000.xml</c>) and the header (<c>pubDate</c>,
    /// <c>created</c>); null leaves both without a date, so that the same input always gives the same bytes.
    /// </summary>
    public DateTimeOffset? ExportDate { get; init; }

    private const string SplitOption = "split-mb";

    /// <summary>The WXR writer's own command-line options.</summary>
    public static IReadOnlyList<FormatOption> CommandLine { get; } =
    [
        new(SplitOption, "WXR: start a new file after about N megabytes (0 = one file).", FormatOptionKind.Count)
        {
            Default = new WxrExportOptions().SplitMegabytes.ToString(CultureInfo.InvariantCulture),
        },
    ];

    /// <summary>Reads the options that concern WXR from the command-line settings.</summary>
    public static WxrExportOptions From(ExportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new WxrExportOptions
        {
            SplitMegabytes = settings.FormatOptions.Count(SplitOption, new WxrExportOptions().SplitMegabytes),
            BaseUrl = settings.BaseUrl,
            IncludePrivateData = settings.IncludePrivateData,
            ExportDate = SourceDateEpoch.FromEnvironment(),
        };
    }
}

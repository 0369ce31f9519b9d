namespace Migrator.WordPress.Import;

/// <summary>
/// The namespaces of a WXR file, matched by URI (never by prefix: renamed prefixes and the https variants exist).
/// </summary>
internal static class WxrNamespaces
{
    public const string Content = "http://purl.org/rss/1.0/modules/content/";
    public const string DublinCore = "http://purl.org/dc/elements/1.1/";

    /// <summary>
    /// True for the six WordPress export URIs (http/https × 1.0/1.1/1.2) and, leniently, for later versions of the
    /// same shape (<c>…/export/1.3/</c>), which the version check reports.
    /// </summary>
    public static bool IsWordPress(string uri) => VersionOf(uri, "") is not null;

    /// <summary>True for the excerpt URIs (<c>…/export/1.x/excerpt/</c>), http or https.</summary>
    public static bool IsExcerpt(string uri) => VersionOf(uri, "excerpt/") is not null;

    /// <summary>The WXR version written inside a WordPress namespace URI (<c>1.1</c>), or null when it is not one.</summary>
    public static string? VersionOfWordPress(string uri) => VersionOf(uri, "");

    private static string? VersionOf(string uri, string suffix)
    {
        string rest;
        if (uri.StartsWith("http://wordpress.org/export/", StringComparison.Ordinal))
            rest = uri["http://wordpress.org/export/".Length..];
        else if (uri.StartsWith("https://wordpress.org/export/", StringComparison.Ordinal))
            rest = uri["https://wordpress.org/export/".Length..];
        else
            return null;
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || !string.Equals(rest[(slash + 1)..], suffix, StringComparison.Ordinal))
            return null;
        var version = rest[..slash];
        return WxrVersion.TryParse(version, out _) ? version : null;
    }

    /// <summary>The prefix WordPress itself writes for a namespace, for names kept in <c>Extra</c>; null when unknown.</summary>
    public static string? CanonicalPrefix(string uri) =>
        IsWordPress(uri) ? "wp"
        : IsExcerpt(uri) ? "excerpt"
        : uri == Content ? "content"
        : uri == DublinCore ? "dc"
        : null;
}

/// <summary>A WXR version number, <c>digits.digits</c>.</summary>
internal readonly record struct WxrVersion(int Major, int Minor) : IComparable<WxrVersion>
{
    public static WxrVersion V1_0 { get; } = new(1, 0);
    public static WxrVersion V1_2 { get; } = new(1, 2);

    public static bool TryParse(string text, out WxrVersion version)
    {
        version = default;
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == text.Length - 1)
            return false;
        var major = text.AsSpan(0, dot);
        var minor = text.AsSpan(dot + 1);
        foreach (var c in major)
            if (!char.IsAsciiDigit(c)) return false;
        foreach (var c in minor)
            if (!char.IsAsciiDigit(c)) return false;
        if (!int.TryParse(major, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ma)
            || !int.TryParse(minor, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var mi))
            return false;
        version = new WxrVersion(ma, mi);
        return true;
    }

    public int CompareTo(WxrVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public static bool operator <(WxrVersion a, WxrVersion b) => a.CompareTo(b) < 0;
    public static bool operator >(WxrVersion a, WxrVersion b) => a.CompareTo(b) > 0;
    public static bool operator <=(WxrVersion a, WxrVersion b) => a.CompareTo(b) <= 0;
    public static bool operator >=(WxrVersion a, WxrVersion b) => a.CompareTo(b) >= 0;

    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Major}.{Minor}");
}

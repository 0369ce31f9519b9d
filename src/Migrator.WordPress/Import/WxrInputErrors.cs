using Migrator.Core.Input;
using Migrator.Core.Pipeline;

namespace Migrator.WordPress.Import;

/// <summary>Why an input cannot be read as WXR at all (<see cref="InputException"/>, exit code 2). One place for the texts.</summary>
internal static class WxrInputErrors
{
    private static string Name(string file) => Path.GetFileName(file);

    public static InputException CannotRead(string file, Exception ex) =>
        new($"cannot read {file}: {ex.Message}", ex);

    public static InputException NoExportInArchive(string file) =>
        new($"{Name(file)} is a zip archive without any .xml file; a WordPress export zip holds the export's .xml file(s).");

    public static InputException DifferentSites(string file, string url, string otherFile, string otherUrl) =>
        new($"{Name(otherFile)} is an export of {otherUrl} but {Name(file)} is an export of {url}: these are different sites. "
            + "Convert each site separately, or add --merge to read them as one site.");

    public static InputException NotRss(string file, string root) =>
        new($"{Name(file)} is not a WordPress export (WXR): its root element is <{root}>, not <rss>. Export the site again "
            + "with Tools → Export in WordPress.");

    public static InputException NoChannel(string file) =>
        new($"{Name(file)} is not a WordPress export (WXR): its <rss> element has no <channel>.");

    public static InputException NotWxr(string file) =>
        new($"{Name(file)} is an RSS feed, not a WordPress export (WXR): it has no wp:wxr_version and does not use the "
            + "WordPress export namespace (http://wordpress.org/export/1.2/). Export the site with Tools → Export in WordPress.");

    public static InputException Doctype(string file, Exception ex) =>
        new($"{Name(file)} has a DOCTYPE, which WordPress exports never have; it is refused (DTDs are not processed, for "
            + "security). If it is an HTML page saved by mistake, download the export file again.", ex);

    public static InputException NotXml(string file, System.Xml.XmlException ex) =>
        new($"{Name(file)} is not a WordPress export (WXR): it cannot be read as XML before its WXR header "
            + $"(line {ex.LineNumber}, column {ex.LinePosition}: {ex.Message}).", ex);
}

using Migrator.Core.Diagnostics;

namespace Migrator.Core.Review;

/// <summary>
/// What breaks at cutover (codes <c>CUT…</c>): found by <c>migrator verify</c> in the built site, and foreseen from the
/// audit in the review report's "breaks at cutover" section. Each names the URL that breaks.
/// </summary>
public static class CutoverDiagnostics
{
    public static DiagnosticKind CUT001 { get; } = new("CUT001", Severity.Error,
        "A written item's page is missing from the built site",
        "The audit says the item was written and gives its new URL, but the built site has no page at that URL. "
        + "Visitors and search engines following it will get a 404. Check that the site was built from this output "
        + "(the generator may leave out future-dated or unpublished items, or items its configuration excludes), then "
        + "build again.");
    public static Diagnostic PageMissing(string newUrl, string title) => new(
        CUT001,
        $"'{title}' was written for {newUrl}, but the built site has no page there; rebuild the site from this output, and check that the generator does not leave it out (future date, draft, excluded).");

    public static DiagnosticKind CUT002 { get; } = new("CUT002", Severity.Error,
        "An old URL is answered by nothing",
        "The old site published a page at this URL, and the new site has neither a page nor a redirect there, so links "
        + "and bookmarks to it will get a 404 after cutover. The item's own messages say why it has no page (skipped, "
        + "a draft, a new address). Write redirects with --redirects, or publish the item.");
    public static Diagnostic OldUrlUnanswered(string oldUrl, string title) => new(
        CUT002,
        $"the old URL {oldUrl} ('{title}') has neither a page nor a redirect on the new site and will answer 404 after cutover; write redirects (--redirects) or publish the item.");

    public static DiagnosticKind CUT003 { get; } = new("CUT003", Severity.Error,
        "A page names a file the built site does not have",
        "A page of the built site shows or links a file by a root-relative address (/images/a.png), and the built "
        + "site has no such file, so the image or download is broken. Copy the file into the site (for old uploads, "
        + "run convert with --media-from or --media-download) and build again.");
    public static Diagnostic FileMissing(string url, string page) => new(
        CUT003,
        $"the page {page} names {url}, which the built site does not have; copy the file into the site and build again.");

    public static DiagnosticKind CUT004 { get; } = new("CUT004", Severity.Error,
        "A file is still on the old host",
        "A page (or a redirect) points at a file by its full address on the old site's host, and the built site has no "
        + "file at that path. Once the host's DNS points at the new site, the file is gone. Run convert again with "
        + "--media-from or --media-download to copy the old site's files into the new site.");
    /// <param name="files">The file's URL, or how many files (when foreseen from the audit).</param>
    /// <param name="page">The page or redirect that points there.</param>
    public static Diagnostic FileOnOldHost(string files, string page) => new(
        CUT004,
        $"{page} points at {files} on the old host, and the new site has no file at that path; it breaks at cutover. Copy the old site's files with --media-from or --media-download.");

    public static DiagnosticKind CUT005 { get; } = new("CUT005", Severity.Error,
        "A redirect leads to a page that does not exist",
        "A redirect written for an old URL sends visitors to an address of the new site that the built site does "
        + "not have, so they land on a 404. Check the target item (it may have been skipped or left out of the build) "
        + "and build again, or correct the redirect.");
    public static Diagnostic RedirectTargetMissing(string from, string to, string where) => new(
        CUT005,
        $"the redirect from {from} ({where}) leads to {to}, which the built site does not have; visitors land on a 404.");
}

namespace Migrator.Core.Review;

/// <summary>
/// A new site as its visitors will be answered: a built folder (<see cref="BuiltSite"/>) or a running server
/// (<see cref="RunningSite"/>). <see cref="SiteCheck"/> checks either the same way.
/// </summary>
public interface IServedSite
{
    /// <summary>The path the site is served at, without slashes (<c>blog</c>); empty at the root.</summary>
    string BasePath { get; }

    /// <summary>The page or file that answers <paramref name="path"/> (a <see cref="SiteAddress.Path"/>), or null when none does.</summary>
    string? Resolve(string path);

    /// <summary>
    /// True when the server answers <paramref name="path"/> with a redirect, wherever it leads (where it leads is checked
    /// as a redirect's target); always false for a folder, whose redirects are its redirect files.
    /// </summary>
    bool IsRedirected(string path);

    /// <summary>The HTML pages whose references are checked (a running server's: those its answers led to so far).</summary>
    IEnumerable<string> Pages { get; }

    /// <summary>The HTML of a page of <see cref="Pages"/>.</summary>
    string ReadPage(string page);

    /// <summary>The root-relative URL of a page of <see cref="Pages"/>.</summary>
    string UrlOf(string page);

    /// <summary>Folders of the site that may hold redirect files (<see cref="RedirectSources"/>).</summary>
    IReadOnlyList<string> RedirectFolders { get; }

    /// <summary>
    /// True when <see cref="Resolve"/> follows the server's own redirects: then a redirect file alone answers no old URL
    /// (the server must really answer it); false for a folder, where the redirect files stand for the server.
    /// </summary>
    bool FollowsRedirects { get; }
}

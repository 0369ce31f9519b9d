using System.Globalization;
using Migrator.Core.Diagnostics;
using Migrator.Core.Model;

namespace Migrator.WordPress.Export;

/// <summary>An author as written in a <c>wp:author</c> block.</summary>
internal sealed record WxrAuthor(long Id, string Login, string? Email, string DisplayName, string? FirstName, string? LastName);

/// <summary>
/// The authors of the export (docs/wordpress-wxr.md#authors): the site's authors with logins as WordPress's importer compares them
/// (<c>sanitize_user</c>, strict) and unique ids, and the rule that maps a post's author to a login. A post author
/// the site does not list gets a login derived from its name (so every <c>dc:creator</c> has a <c>wp:author</c>;
/// the session declares it in the file); a post without an author goes to the first listed author, or to a
/// synthesised <c>admin</c>. Immutable after construction: safe for <c>Plan</c> on several threads.
/// </summary>
internal sealed class WxrAuthors
{
    public const string FallbackLogin = "admin";

    private readonly Dictionary<string, WxrAuthor> _byLogin = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, WxrAuthor> _byName = new(StringComparer.Ordinal);

    public WxrAuthors(IReadOnlyList<Author> authors, IDiagnosticSink diagnostics)
    {
        var usedIds = new HashSet<long>(authors.Where(a => a.Id > 0).Select(a => a.Id!.Value));
        var nextId = usedIds.Count == 0 ? 1 : usedIds.Max() + 1;
        var seenIds = new HashSet<long>();
        var declared = new List<WxrAuthor>();
        foreach (var a in authors)
        {
            var login = LoginFor(a.Login);
            if (_byLogin.TryGetValue(login, out var other))
            {
                var unique = login;
                for (var n = 2; _byLogin.ContainsKey(unique); n++)
                    unique = $"{login}-{n.ToString(CultureInfo.InvariantCulture)}";
                diagnostics.Report(WxrWriteDiagnostics.DuplicateAuthorLogin(unique, other.Login));
                login = unique;
            }
            var id = a.Id is long given && given > 0 && seenIds.Add(given) ? given : nextId++;
            seenIds.Add(id);
            var author = new WxrAuthor(id, login, a.Email, a.DisplayName ?? "", a.FirstName, a.LastName);
            declared.Add(author);
            _byLogin[login] = author;
            _byName.TryAdd(a.Login, author);
            if (!string.IsNullOrEmpty(a.DisplayName))
                _byName.TryAdd(a.DisplayName, author);
        }
        Declared = declared;
        NextFreeId = nextId;
    }

    /// <summary>The site's authors, in site order, as written in every file's header.</summary>
    public IReadOnlyList<WxrAuthor> Declared { get; }

    /// <summary>The first id not used by a declared author.</summary>
    public long NextFreeId { get; }

    /// <summary>The login a post's author is written as, and whether the header declares it.</summary>
    public (string Login, bool Declared) Resolve(string? postAuthor)
    {
        if (string.IsNullOrWhiteSpace(postAuthor))
            return Declared.Count > 0 ? (Declared[0].Login, true) : (FallbackLogin, false);
        if (_byName.TryGetValue(postAuthor, out var named))
            return (named.Login, true);
        var login = LoginFor(postAuthor);
        return _byLogin.TryGetValue(login, out var found) ? (found.Login, true) : (login, false);
    }

    /// <summary>The strict login WordPress would compare, or a stable <c>author-xxxxxxxx</c> when nothing is left of the name.</summary>
    public static string LoginFor(string name)
    {
        var login = WordPressNames.SanitizeLogin(name);
        return login.Length > 0 ? login : "author-" + StableHash.Of(name).ToString("x16", CultureInfo.InvariantCulture)[..8];
    }
}

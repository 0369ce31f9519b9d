using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Text;

namespace Migrator.Core.Normalisation;

/// <summary>
/// The site-wide counterpart of <see cref="DecodeEntitiesTransform"/>: the site's title and description, term names
/// and descriptions, and author names are stored HTML-escaped by WordPress (docs/wordpress-wxr.md#entities-by-field) and decoded here, once.
/// </summary>
public static class SiteNormaliser
{
    public static Site Apply(Site site, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(site);
        _ = diagnostics;
        return site with
        {
            Title = HtmlEntities.Decode(site.Title),
            Description = Decode(site.Description),
            Terms = [.. site.Terms.Select(t => t with { Name = HtmlEntities.Decode(t.Name), Description = Decode(t.Description) })],
            Authors = [.. site.Authors.Select(a => a with
            {
                DisplayName = Decode(a.DisplayName),
                FirstName = Decode(a.FirstName),
                LastName = Decode(a.LastName),
            })],
        };
    }

    private static string? Decode(string? text) => text is null ? null : HtmlEntities.Decode(text);
}

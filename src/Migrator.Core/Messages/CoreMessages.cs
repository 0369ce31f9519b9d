using Migrator.Core.Diagnostics;
using Migrator.Core.Markup;
using Migrator.Core.Media;
using Migrator.Core.Normalisation;
using Migrator.Core.PermalinkSites;
using Migrator.Core.Redirects;
using Migrator.Core.Review;

namespace Migrator.Core.Messages;

/// <summary>The message families of Core: the run, the normalisation, redirects, media and the cutover check (docs/messages.md).</summary>
public static class CoreMessages
{
    public static IReadOnlyList<MessageFamily> Families { get; } =
    [
        MessageFamily.Of("MIG", "The run and the output folder", typeof(CoreDiagnostics)),
        MessageFamily.Of("NRM", "Normalising the content", typeof(NormaliseDiagnostics)),
        MessageFamily.Of("RDR", "Redirects from the old URLs", typeof(RedirectDiagnostics)),
        MessageFamily.Of("MED", "Copying media files", typeof(MediaDiagnostics)),
        MessageFamily.Of("MKD", "Converting HTML to Markdown", typeof(MarkupDiagnostics)),
        MessageFamily.Of("SIT", "Writing sites that place pages by permalink (Eleventy, Astro)", typeof(PermalinkSiteDiagnostics)),
        MessageFamily.Of("CUT", "What breaks at cutover (migrator verify, the review report)", typeof(CutoverDiagnostics)),
    ];
}

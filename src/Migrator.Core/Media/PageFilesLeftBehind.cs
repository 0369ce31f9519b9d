using Migrator.Core.Model;
using Migrator.Core.Pipeline;

namespace Migrator.Core.Media;

/// <summary>
/// For a run that copies no files at all (an import file written with no media options): each post that has files of
/// its own says they stay behind (MED008, docs/media.md#files-beside-a-page). A run with a media step says so there.
/// </summary>
public sealed class PageFilesLeftBehind : IPostTransform
{
    public string Name => "page-files-left-behind";

    public Post Apply(Post post, TransformContext context)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(context);
        if (post.Resources.Count > 0)
            context.Diagnostics.Report(MediaDiagnostics.PageFilesNotCarried(post.Source, post.Resources.Count));
        return post;
    }
}

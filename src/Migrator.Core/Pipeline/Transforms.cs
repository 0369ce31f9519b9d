using Migrator.Core.Diagnostics;
using Migrator.Core.Model;

namespace Migrator.Core.Pipeline;

/// <summary>A small named model → model pass. Must be pure and thread-safe.</summary>
public interface IPostTransform
{
    /// <summary>Name shown in diagnostics and docs (<c>decode-entities</c>).</summary>
    string Name { get; }

    Post Apply(Post post, TransformContext context);
}

/// <summary>What a transform may read besides the post, and where it reports.</summary>
public sealed record TransformContext(Site Site, IDiagnosticSink Diagnostics);

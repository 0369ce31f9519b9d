namespace Migrator.Jekyll;

/// <summary>
/// The text of the file a Jekyll item was read from, exactly as read: a leftover of the Jekyll reader (see
/// <see cref="Core.Model.Post.Leftovers"/>) that only the Jekyll clean-up reads, to write back every byte that did not change.
/// </summary>
/// <param name="Text">The file as read.</param>
/// <param name="BodyWithPluginTagsRendered">The body with the Octopress and plugin tags Jekyll 4 does not know written as
/// what they render as, every other byte as read; null when the body has none (docs/jekyll.md#octopress-and-plugin-tags).</param>
public sealed record JekyllSourceText(string Text, string? BodyWithPluginTagsRendered = null);

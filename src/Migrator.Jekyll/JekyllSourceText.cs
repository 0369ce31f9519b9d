namespace Migrator.Jekyll;

/// <summary>
/// The text of the file a Jekyll item was read from, exactly as read: a leftover of the Jekyll reader (see
/// <see cref="Core.Model.Post.Leftovers"/>) that only the Jekyll clean-up reads, to write back every byte that did not change.
/// </summary>
public sealed record JekyllSourceText(string Text);

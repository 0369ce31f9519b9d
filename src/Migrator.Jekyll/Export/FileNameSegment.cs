using System.Text;
using Migrator.Core.Output;

namespace Migrator.Jekyll.Export;

/// <summary>
/// Turns a slug or URL segment into one safe file or folder name: decoded Unicode is kept, but path separators,
/// control characters and characters Windows refuses become <c>-</c>; leading <c>.</c> <c>_</c> <c>#</c> <c>-</c>
/// (hidden or ignored by Jekyll) and trailing dots, spaces, <c>-</c> and <c>~</c> are removed; Windows device names get a
/// <c>-</c>; and the result is cut to <see cref="MaxBytes"/> UTF-8 bytes at a character boundary.
/// </summary>
internal static class FileNameSegment
{
    /// <summary>
    /// About WordPress's own 200-byte slug limit, less room for what the 255-byte file name limit must also hold: the
    /// <c>YYYY-MM-DD-</c> prefix, a <c>-NN</c> conflict suffix, an extension like <c>.markdown</c>, and the ~45 bytes
    /// the atomic writer adds to its temporary file name.
    /// </summary>
    public const int MaxBytes = 180;

    /// <summary>Jekyll's rules: it ignores files starting with <c>_</c>, <c>.</c> or <c>#</c>; <c>-</c> and <c>~</c> at the ends are debris.</summary>
    private static readonly FileNameRules Rules = new() { MaxBytes = MaxBytes, TrimStart = "._#- ", TrimEnd = ". ~-" };

    /// <summary>The safe form of <paramref name="name"/>; empty when nothing usable is left.</summary>
    public static string Of(string name) => SafeFileName.Of(name, Rules);

    /// <summary>A slug made from a title, as WordPress would on publish, roughly: letters and digits kept, lower case, the rest <c>-</c>.</summary>
    public static string FromTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var builder = new StringBuilder(title.Length);
        foreach (var c in title.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
                builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');
        }
        return Of(builder.ToString().Trim('-'));
    }
}

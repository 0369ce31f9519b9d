using System.Globalization;
using System.Text;

namespace Migrator.Ghost.Export;

/// <summary>
/// A slug as Ghost keeps it on import (docs/ghost.md#slugs): lower-case ASCII, URL-reserved characters and spaces as
/// single dashes, no dash at either end, and Ghost's protected words (<c>ghost</c>, <c>rss</c>, <c>amp</c>) with
/// <c>-post</c> added. Ghost would transliterate other scripts itself, in a way Migrator cannot foresee; so letters
/// with accents lose them, and any other character is written as the hex of its UTF-8 bytes, which Ghost keeps as it
/// is, so the address Migrator reports is the one Ghost gives. (Letters of Latin-1 are spelled as Ghost's
/// transliteration spells them, from a table: the build runs without the culture data that Unicode decomposition needs.)
/// </summary>
internal static class GhostSlug
{
    private const string Reserved = " .@:/?#[]!$&()*+,;=\\%<>|^~\"{}`–—£\t\r\n";

    private static readonly string[] Protected = ["ghost", "rss", "amp"];

    private static readonly Dictionary<char, string> Latin1 = Table(
        ("àáâãäåÀÁÂÃÄÅ", "a"), ("æÆ", "ae"), ("çÇ", "c"), ("èéêëÈÉÊË", "e"), ("ìíîïÌÍÎÏ", "i"), ("ðÐ", "d"), ("ñÑ", "n"),
        ("òóôõöøÒÓÔÕÖØ", "o"), ("ùúûüÙÚÛÜ", "u"), ("ýÿÝ", "y"), ("þÞ", "th"), ("ß", "ss"));

    private static Dictionary<char, string> Table(params (string Letters, string Ascii)[] rows) =>
        rows.SelectMany(r => r.Letters.Select(c => (c, r.Ascii))).ToDictionary(p => p.c, p => p.Ascii);

    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsBmp && Latin1.TryGetValue((char)rune.Value, out var ascii))
            {
                builder.Append(ascii);
                continue;
            }
            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format or UnicodeCategory.Control)
                continue;
            if (rune.Value == '\'')
                continue;
            if (Rune.IsWhiteSpace(rune) || (rune.IsBmp && Reserved.Contains((char)rune.Value, StringComparison.Ordinal)))
                builder.Append('-');
            else if (rune.IsAscii)
                builder.Append(char.ToLowerInvariant((char)rune.Value));
            else
                builder.Append('-').Append(Convert.ToHexStringLower(Encoding.UTF8.GetBytes(rune.ToString()))).Append('-');
        }
        var slug = DashRuns(builder.ToString()).Trim('-');
        if (slug.Length > 185)
            slug = slug[..185].TrimEnd('-');
        return Protected.Contains(slug) ? slug + "-post" : slug;
    }

    private static string DashRuns(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c != '-' || builder.Length == 0 || builder[^1] != '-')
                builder.Append(c);
        }
        return builder.ToString();
    }
}

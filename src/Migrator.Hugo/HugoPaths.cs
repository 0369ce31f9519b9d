using System.Globalization;
using System.Text;

namespace Migrator.Hugo;

/// <summary>
/// How Hugo turns names into URL path parts (its <c>MakePath</c>/<c>URLize</c>, docs/hugo.md#urls): whitespace between kept
/// characters becomes <c>-</c>; letters, digits and marks of any script are kept with <c>. / \\ _ # + ~ - @</c> and <c>%xx</c>;
/// everything else is dropped;
/// lower-cased unless <c>disablePathToLower</c>.
/// </summary>
internal static class HugoPaths
{
    public static string MakePath(string text, bool disablePathToLower)
    {
        var runes = text.EnumerateRunes().ToList();
        var sb = new StringBuilder(text.Length);
        bool prependHyphen = false, wasHyphen = false;
        for (var i = 0; i < runes.Count; i++)
        {
            var r = runes[i];
            if (IsAllowed(runes, i))
            {
                wasHyphen = r.Value == '-';
                if (prependHyphen)
                {
                    if (!wasHyphen)
                        sb.Append('-');
                    prependHyphen = false;
                }
                sb.Append(r.ToString());
            }
            else if (sb.Length > 0 && !wasHyphen && Rune.IsWhiteSpace(r))
            {
                prependHyphen = true;
            }
        }
        var path = sb.ToString();
        return disablePathToLower ? path : path.ToLowerInvariant();
    }

    private static bool IsAllowed(List<Rune> runes, int i)
    {
        var r = runes[i];
        if (r.IsAscii && (char)r.Value is '.' or '/' or '\\' or '_' or '#' or '+' or '~' or '-' or '@')
            return true;
        if (Rune.IsLetterOrDigit(r) || Rune.GetUnicodeCategory(r) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            return true;
        return r.Value == '%' && i + 2 < runes.Count && IsHex(runes[i + 1]) && IsHex(runes[i + 2]);
    }

    private static bool IsHex(Rune r) => r.IsAscii && char.IsAsciiHexDigit((char)r.Value);
}

namespace Migrator.WordPress.Import;

/// <summary>What the text of an item damaged past reading still says: its title, id and type, when they came before the damage.</summary>
internal sealed record WxrDamagedItem(string? Title, string? Id, string? Type)
{
    public static WxrDamagedItem Of(string text) => new(Field(text, "title"), Field(text, "wp:post_id"), Field(text, "wp:post_type"));

    /// <summary>
    /// The value of the first <c>&lt;name&gt;</c> in <paramref name="text"/>: a CDATA section's text up to its end (or up
    /// to the element's end tag, when the section's end is the damage), or plain text up to the next markup.
    /// </summary>
    private static string? Field(string text, string name)
    {
        var open = "<" + name + ">";
        var start = text.IndexOf(open, StringComparison.Ordinal);
        if (start < 0)
            return null;
        var rest = text.AsSpan(start + open.Length).TrimStart();
        string value;
        if (rest.StartsWith("<![CDATA["))
        {
            rest = rest[9..];
            var end = rest.IndexOf("]]>");
            var close = rest.IndexOf("</" + name);
            var stop = end < 0 ? close : close < 0 ? end : Math.Min(end, close);
            value = (stop < 0 ? rest : rest[..stop]).ToString();
        }
        else
        {
            var stop = rest.IndexOf('<');
            value = (stop < 0 ? rest : rest[..stop]).ToString()
                .Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal)
                .Replace("&quot;", "\"", StringComparison.Ordinal).Replace("&apos;", "'", StringComparison.Ordinal)
                .Replace("&amp;", "&", StringComparison.Ordinal);
        }
        value = value.Trim();
        return value.Length is 0 or > 500 ? null : value;
    }
}

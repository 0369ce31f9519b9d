namespace Migrator.WordPress.Import;

/// <summary>The few facts of a start tag the filter needs: its name, the prefixes it uses and declares.</summary>
internal sealed record XmlStartTag(string Name, List<string> UsedPrefixes, List<string> DeclaredPrefixes, bool SelfClosing, int EndOfAttributes)
{
    /// <summary>Parses <c>&lt;name attr="v" …&gt;</c>; null when the text is not shaped like a start tag.</summary>
    public static XmlStartTag? Parse(string tag)
    {
        var i = 1;
        var nameStart = i;
        while (i < tag.Length && !char.IsWhiteSpace(tag[i]) && tag[i] is not ('/' or '>'))
            i++;
        var name = tag[nameStart..i];
        var used = new List<string>();
        var declared = new List<string>();
        AddPrefix(used, name);
        while (true)
        {
            while (i < tag.Length && char.IsWhiteSpace(tag[i]))
                i++;
            if (i >= tag.Length)
                return null;
            if (tag[i] == '>' || (tag[i] == '/' && i + 1 < tag.Length && tag[i + 1] == '>'))
                return new XmlStartTag(name, used, declared, tag[i] == '/', i);
            var attrStart = i;
            while (i < tag.Length && tag[i] != '=' && !char.IsWhiteSpace(tag[i]) && tag[i] is not ('/' or '>'))
                i++;
            var attr = tag[attrStart..i];
            while (i < tag.Length && char.IsWhiteSpace(tag[i]))
                i++;
            if (attr.Length == 0 || i >= tag.Length || tag[i] != '=')
                return null;
            i++;
            while (i < tag.Length && char.IsWhiteSpace(tag[i]))
                i++;
            if (i >= tag.Length || tag[i] is not ('"' or '\''))
                return null;
            var close = tag.IndexOf(tag[i], i + 1);
            if (close < 0)
                return null;
            i = close + 1;
            if (attr.StartsWith("xmlns:", StringComparison.Ordinal))
                declared.Add(attr["xmlns:".Length..]);
            else if (!string.Equals(attr, "xmlns", StringComparison.Ordinal))
                AddPrefix(used, attr);
        }
    }

    private static void AddPrefix(List<string> used, string qualifiedName)
    {
        var colon = qualifiedName.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && !used.Contains(qualifiedName[..colon]))
            used.Add(qualifiedName[..colon]);
    }
}

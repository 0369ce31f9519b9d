using System.Text;

namespace Migrator.WordPress.Import;

/// <summary>The repairs that need more than one character: start tags (undeclared prefixes), CDATA ends and ampersands.</summary>
internal sealed partial class RepairingXmlTextReader
{
    /// <summary>Namespaces for prefixes that exports use without declaring them; any other gets a placeholder URI.</summary>
    private static readonly Dictionary<string, string> KnownPrefixes = new(StringComparer.Ordinal)
    {
        ["atom"] = "http://www.w3.org/2005/Atom",
        ["wp"] = "http://wordpress.org/export/1.2/",
        ["excerpt"] = "http://wordpress.org/export/1.2/excerpt/",
        ["content"] = WxrNamespaces.Content,
        ["dc"] = WxrNamespaces.DublinCore,
        ["wfw"] = "http://wellformedweb.org/CommentAPI/",
        ["slash"] = "http://purl.org/rss/1.0/modules/slash/",
        ["sy"] = "http://purl.org/rss/1.0/modules/syndication/",
        ["media"] = "http://search.yahoo.com/mrss/",
        ["georss"] = "http://www.georss.org/georss",
        ["geo"] = "http://www.w3.org/2003/01/geo/wgs84_pos#",
        ["itunes"] = "http://www.itunes.com/dtds/podcast-1.0.dtd",
    };

    private void FinishStartTag()
    {
        _state = State.Text;
        var tag = _tag.ToString();
        _tag.Clear();
        var parsed = XmlStartTag.Parse(tag);
        if (parsed is null)
        {
            _out.Append(tag);
            return;
        }
        if (parsed.Name == "item" && _open.Count > 0 && _open[^1].Name != "channel")
        {
            Damage(_tagLine, _tagColumn, $"an <item> start tag inside <{_open[^1].Name}>, not directly inside <channel>: an end tag before it is missing");
            return;
        }
        List<string>? declared = parsed.DeclaredPrefixes.Count > 0 ? [.. parsed.DeclaredPrefixes] : null;
        var insertion = new StringBuilder();
        foreach (var prefix in parsed.UsedPrefixes)
        {
            if (prefix is "xml" or "xmlns" || (declared?.Contains(prefix) ?? false) || IsDeclaredAbove(prefix))
                continue;
            var uri = KnownPrefixes.GetValueOrDefault(prefix) ?? "urn:x-migrator:undeclared:" + prefix;
            insertion.Append(" xmlns:").Append(prefix).Append("=\"").Append(uri).Append('"');
            (declared ??= []).Add(prefix);
            _repaired(WxrRepair.UndeclaredPrefix, _line, prefix);
        }
        if (insertion.Length == 0)
            _out.Append(tag);
        else
            _out.Append(tag, 0, parsed.EndOfAttributes).Append(insertion).Append(tag, parsed.EndOfAttributes, tag.Length - parsed.EndOfAttributes);
        if (!parsed.SelfClosing)
            _open.Add(new OpenElement(parsed.Name, declared));
    }

    /// <summary>
    /// True (and the damage recorded) when the text from the current <c>&lt;</c> is an item boundary (see
    /// <see cref="ItemBoundaryAt"/>): the construct being read (a CDATA section, an attribute value) has lost its end.
    /// </summary>
    private bool ItemBoundaryInside(string construct)
    {
        if (ItemBoundaryAt(0) is not { } next)
            return false;
        for (var k = 0; k < next; k++)
            Take();
        Damage(_line, Column, $"{construct} runs past the end of its item into the next one: its end is missing");
        return true;
    }

    /// <summary>
    /// When the text at <paramref name="k"/> is the boundary between two WXR items — <c>&lt;/item&gt;</c>, then
    /// <c>&lt;item&gt;</c> (WordPress writes it without attributes), then one of the elements an item holds — the offset of
    /// that <c>&lt;item&gt;</c>; otherwise null. Text that merely shows XML with <c>&lt;item&gt;</c> elements (a post
    /// about a configuration file) does not look like this.
    /// </summary>
    private int? ItemBoundaryAt(int k)
    {
        if (!Matches(k, "</item>"))
            return null;
        var next = SkipWhiteSpace(k + 7);
        if (!Matches(next, "<item>"))
            return null;
        var child = SkipWhiteSpace(next + 6);
        foreach (var start in ItemChildren)
            if (Matches(child, start))
                return next;
        return null;
    }

    private static readonly string[] ItemChildren =
        ["<title", "<link", "<guid", "<pubDate", "<description", "<dc:", "<content:", "<excerpt:", "<wp:", "<category"];

    private int SkipWhiteSpace(int k)
    {
        while (k < MaxLookahead && Ensure(k + 1) && _in[_pos + k] is ' ' or '\t' or '\n' or '\r')
            k++;
        return k;
    }

    /// <summary>Ends the output here: XmlReader reads what came before, then gets the damage as an XmlException.</summary>
    private void Damage(int line, int column, string what)
    {
        _damage ??= new System.Xml.XmlException(what + ".", null, line, column);
        _tag.Clear();
        _state = State.Text;
    }

    private bool IsDeclaredAbove(string prefix)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
            if (_open[i].DeclaredPrefixes?.Contains(prefix) ?? false)
                return true;
        return false;
    }

    private void StepCData()
    {
        CopyRun(_out, XmlCharacters.CDataStops);
        if (_pos >= _len)
            return;
        if (_in[_pos] == '<')
        {
            if (!ItemBoundaryInside("a CDATA section"))
                _out.Append(Take());
            return;
        }
        if (_in[_pos] != ']')
        {
            HandleSpecial(_out);
            return;
        }
        if (!Matches(0, "]]>"))
        {
            _out.Append(Take());
            return;
        }
        if (IsRealCDataEnd())
        {
            _out.Append("]]>");
            _pos += 3;
            _state = State.Text;
            return;
        }
        _out.Append("]]]]><![CDATA[>");
        _pos += 3;
        _repaired(WxrRepair.CdataEndInsideCdata, _line, "]]>");
    }

    /// <summary>
    /// WordPress wraps a whole value in one CDATA section, so its real end is followed (after optional white space) by
    /// the end tag of the element holding it, another CDATA section (the 3.4+ split), a comment, or the end of the file.
    /// A <c>]]&gt;</c> followed by another element's end tag cannot be a real end (the XML would be ill-formed), and one
    /// followed by text is content when another <c>]]&gt;</c> comes before the next markup. A start tag is taken as a real
    /// end: if that is wrong, the next <c>]]&gt;</c> lands in text and XmlReader reports the damage instead of values
    /// being silently merged.
    /// </summary>
    private bool IsRealCDataEnd()
    {
        if (_open.Count == 0)
            return true;
        var k = 3;
        while (true)
        {
            if (!Ensure(k + 1) || k > MaxLookahead)
                return true;
            if (_in[_pos + k] is not (' ' or '\t' or '\n' or '\r'))
                break;
            k++;
        }
        if (Matches(k, "<![CDATA[") || Matches(k, "<!--"))
            return true;
        if (Matches(k, "</"))
        {
            var name = _open[^1].Name;
            var after = k + 2 + name.Length;
            return (Matches(k + 2, name) && (!Ensure(after + 1) || _in[_pos + after] is '>' or ' ' or '\t' or '\n' or '\r'))
                || !ProperEndBeforeItemEnd(k);
        }
        if (_in[_pos + k] == '<')
            return true;
        return !AnotherCDataEndBeforeMarkup(k);
    }

    /// <summary>
    /// After <c>]]&gt;</c> and another element's end tag: true when, further on (bounded), a <c>]]&gt;</c> followed by the
    /// open element's own end tag comes before the item ends (<see cref="ItemBoundaryAt"/>), so this one is content (HTML such as
    /// <c>a[b[0]]&gt;&lt;/p&gt;</c> in a pre-3.4 export). False when the item ends first: the end tag is mistyped, and
    /// XmlReader reports it where it is. Also true when the look-ahead ends undecided (the item-boundary check then
    /// catches a section that runs on).
    /// </summary>
    private bool ProperEndBeforeItemEnd(int k)
    {
        var end = "</" + _open[^1].Name;
        for (; k < MaxLookahead && Ensure(k + 1); k++)
        {
            var c = _in[_pos + k];
            if (c == '<' && ItemBoundaryAt(k) is not null)
                return false;
            if (c != ']' || !Matches(k, "]]>"))
                continue;
            if (Matches(SkipWhiteSpace(k + 3), end))
                return true;
        }
        return true;
    }

    /// <summary>Scans ahead (bounded) from <paramref name="k"/>: true when a <c>]]&gt;</c> comes before any markup but <c>&lt;![CDATA[</c>.</summary>
    private bool AnotherCDataEndBeforeMarkup(int k)
    {
        while (k < MaxLookahead && Ensure(k + 1))
        {
            var c = _in[_pos + k];
            if (c == ']' && Matches(k, "]]>"))
                return true;
            if (c == '<')
            {
                if (!Matches(k, "<![CDATA["))
                    return false;
                k += 9;
                continue;
            }
            k++;
        }
        return false;
    }

    private void HandleAmpersand(StringBuilder target)
    {
        Ensure(40);
        var available = Math.Min(_len - _pos, 40);
        var span = _in.AsSpan(_pos, available);
        var semicolon = span.IndexOf(';');
        if (semicolon > 1)
        {
            var body = span[1..semicolon];
            if (body is "lt" or "gt" or "amp" or "quot" or "apos")
            {
                target.Append(span[..(semicolon + 1)]);
                _pos += semicolon + 1;
                return;
            }
            if (body[0] == '#' && XmlCharacters.TryParseCharacterReference(body[1..], out var codePoint))
            {
                if (XmlCharacters.IsXmlChar(codePoint))
                    target.Append(span[..(semicolon + 1)]);
                else
                    _repaired(WxrRepair.IllegalCharacterReference, _line, span[..(semicolon + 1)].ToString());
                _pos += semicolon + 1;
                return;
            }
        }
        _pos++;
        target.Append("&amp;");
        _repaired(WxrRepair.RawAmpersand, _line, "&");
    }
}

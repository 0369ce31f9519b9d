using Migrator.WordPress.Import;

namespace Migrator.WordPress.Tests.Import;

/// <summary>The streaming repair filter, on its own: what goes in, what XmlReader gets, and what is reported where.</summary>
public sealed class RepairingXmlTextReaderTests
{
    private static (string Output, List<(WxrRepair Repair, int Line, string Detail)> Repairs) Filter(string input, int readSize = 7)
    {
        var repairs = new List<(WxrRepair, int, string)>();
        using var reader = new RepairingXmlTextReader(new StringReader(input), (r, l, d) => repairs.Add((r, l, d)));
        var sb = new System.Text.StringBuilder();
        var buffer = new char[readSize];
        int n;
        while ((n = reader.Read(buffer, 0, buffer.Length)) > 0)
            sb.Append(buffer, 0, n);
        return (sb.ToString(), repairs);
    }

    [Fact]
    public void Well_formed_xml_passes_through_unchanged()
    {
        var xml = "<?xml version=\"1.0\"?>\n<!-- c -->\n<a xmlns:p=\"u\"><p:b x=\"1 &amp; 2\">t &lt; &#233; &#x1F600;</p:b><![CDATA[x]]]]><![CDATA[>y]]><c/></a>\r\n";
        var (output, repairs) = Filter(xml);
        Assert.Equal(xml, output);
        Assert.Empty(repairs);
    }

    [Fact]
    public void Xml_illegal_control_characters_are_removed_everywhere()
    {
        var (output, repairs) = Filter("<a>x\u000By</a>\n<b><![CDATA[p\u0008q]]></b><!-- \u0001 -->");
        Assert.Equal("<a>xy</a>\n<b><![CDATA[pq]]></b><!--  -->", output);
        Assert.Equal([(WxrRepair.ControlCharacter, 1, "000B"), (WxrRepair.ControlCharacter, 2, "0008"), (WxrRepair.ControlCharacter, 2, "0001")], repairs);
    }

    [Fact]
    public void A_lone_surrogate_is_removed_and_a_pair_kept()
    {
        var (output, _) = Filter("<a>\uD83D\uDE00|\uD83D|\uDE00</a>");
        Assert.Equal("<a>\uD83D\uDE00||</a>", output);
    }

    [Fact]
    public void A_raw_ampersand_is_escaped_but_entities_and_character_references_are_not()
    {
        var (output, repairs) = Filter("<u>http://x/?a=1&b=2 &amp; &lt; &#38; &#x26; &nbsp; AT&T</u>");
        Assert.Equal("<u>http://x/?a=1&amp;b=2 &amp; &lt; &#38; &#x26; &amp;nbsp; AT&amp;T</u>", output);
        Assert.All(repairs, r => Assert.Equal(WxrRepair.RawAmpersand, r.Repair));
        Assert.Equal(3, repairs.Count);
    }

    [Fact]
    public void A_raw_ampersand_in_an_attribute_value_is_escaped()
    {
        var (output, _) = Filter("<a href=\"?a=1&b=2\" t='x&y'/>");
        Assert.Equal("<a href=\"?a=1&amp;b=2\" t='x&amp;y'/>", output);
    }

    [Fact]
    public void A_character_reference_to_an_illegal_character_is_removed()
    {
        var (output, repairs) = Filter("<a>x&#11;y&#x0;z</a>");
        Assert.Equal("<a>xyz</a>", output);
        Assert.Equal(WxrRepair.IllegalCharacterReference, repairs[0].Repair);
    }

    [Fact]
    public void A_raw_less_than_that_starts_no_markup_is_escaped()
    {
        var (output, repairs) = Filter("<a>1 < 2 <3</a>");
        Assert.Equal("<a>1 &lt; 2 &lt;3</a>", output);
        Assert.Equal(WxrRepair.RawLessThan, repairs[0].Repair);
    }

    [Fact]
    public void An_undeclared_prefix_is_declared_on_the_element_that_uses_it()
    {
        var (output, repairs) = Filter("<rss>\n<channel><atom:link href=\"x\" rel=\"self\"/><atom:link href=\"y\"/><q:z q:a=\"1\">t</q:z></channel></rss>");
        Assert.Equal("<rss>\n<channel><atom:link href=\"x\" rel=\"self\" xmlns:atom=\"http://www.w3.org/2005/Atom\"/>"
            + "<atom:link href=\"y\" xmlns:atom=\"http://www.w3.org/2005/Atom\"/><q:z q:a=\"1\" xmlns:q=\"urn:x-migrator:undeclared:q\">t</q:z></channel></rss>", output);
        Assert.Equal([(WxrRepair.UndeclaredPrefix, 2, "atom"), (WxrRepair.UndeclaredPrefix, 2, "atom"), (WxrRepair.UndeclaredPrefix, 2, "q")], repairs);
    }

    [Fact]
    public void A_prefix_declared_on_an_ancestor_is_not_declared_again_but_one_declared_on_a_closed_sibling_is()
    {
        var (output, repairs) = Filter("<r xmlns:a=\"u\"><a:x/><s xmlns:b=\"v\"><b:y/></s><b:z/></r>");
        Assert.Equal("<r xmlns:a=\"u\"><a:x/><s xmlns:b=\"v\"><b:y/></s><b:z xmlns:b=\"urn:x-migrator:undeclared:b\"/></r>", output);
        Assert.Single(repairs);
    }

    [Fact]
    public void A_pre_3_4_unescaped_cdata_end_inside_cdata_is_split_as_WordPress_3_4_does()
    {
        var (output, repairs) = Filter("<c>\n<v><![CDATA[a <![CDATA[ b ]]> c]]></v>\n<w><![CDATA[]]>]]></w></c>");
        Assert.Equal("<c>\n<v><![CDATA[a <![CDATA[ b ]]]]><![CDATA[> c]]></v>\n<w><![CDATA[]]]]><![CDATA[>]]></w></c>", output);
        Assert.Equal([(WxrRepair.CdataEndInsideCdata, 2, "]]>"), (WxrRepair.CdataEndInsideCdata, 3, "]]>")], repairs);
    }

    [Fact]
    public void A_cdata_end_followed_by_the_end_tag_another_cdata_or_a_comment_is_the_real_end()
    {
        var xml = "<c><v><![CDATA[x]]>\n  </v><w><![CDATA[a]]><![CDATA[b]]></w><z><![CDATA[q]]><!-- k --></z></c>";
        var (output, repairs) = Filter(xml);
        Assert.Equal(xml, output);
        Assert.Empty(repairs);
    }

    [Fact]
    public void A_cdata_end_followed_by_text_and_another_cdata_end_is_content_but_followed_by_text_and_markup_is_the_end()
    {
        var (output, repairs) = Filter("<c><v><![CDATA[a]]> b <![CDATA[ c ]]> d]]></v><w><![CDATA[a]]> mixed</w></c>");
        Assert.Equal("<c><v><![CDATA[a]]]]><![CDATA[> b <![CDATA[ c ]]]]><![CDATA[> d]]></v><w><![CDATA[a]]> mixed</w></c>", output);
        Assert.Equal(2, repairs.Count);
    }

    [Fact]
    public void A_cdata_end_followed_by_an_html_end_tag_is_content()
    {
        var (output, _) = Filter("<content><![CDATA[<p>x]]></p>]]></content>");
        Assert.Equal("<content><![CDATA[<p>x]]]]><![CDATA[></p>]]></content>", output);
    }

    [Fact]
    public void Repairs_keep_every_line_break_so_line_numbers_stay_the_file_s()
    {
        var input = "<a>\r\n&\u000B\r<b:c/>\n<![CDATA[]]>x]]>\n</a>";
        var (output, repairs) = Filter(input, readSize: 1);
        Assert.Equal(input.Count(c => c == '\n'), output.Count(c => c == '\n'));
        Assert.Equal(input.Count(c => c == '\r'), output.Count(c => c == '\r'));
        Assert.Equal([2, 2, 3, 4], repairs.Select(r => r.Line));
    }

    [Fact]
    public void Markup_split_across_read_buffers_is_recognised()
    {
        var body = new string('x', 40000);
        var xml = $"<a><![CDATA[{body}]]></a>";
        var (output, repairs) = Filter(xml, readSize: 4093);
        Assert.Equal(xml, output);
        Assert.Empty(repairs);
    }
}

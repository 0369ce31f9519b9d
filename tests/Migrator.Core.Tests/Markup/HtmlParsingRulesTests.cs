using static Migrator.Core.Tests.Markup.ConversionAssert;

namespace Migrator.Core.Tests.Markup;

/// <summary>The HTML is read the way the HTML5 parsing rules (and so browsers) read it, before it becomes Markdown.</summary>
public sealed class HtmlParsingRulesTests
{
    [Fact]
    public void Numeric_references_128_to_159_are_Windows_1252_characters() =>
        Converts("<p>&#x9F; &#x80; &#150; &#x8D;</p>", "Ÿ € – \u008D\n");

    [Fact]
    public void A_link_target_is_trimmed_of_ASCII_whitespace() =>
        Converts("<p><a href=\" /a/b \">x</a> <img src=\"\n/i.png\t\" alt=\"i\"></p>", "[x](/a/b) ![i](/i.png)\n");
}

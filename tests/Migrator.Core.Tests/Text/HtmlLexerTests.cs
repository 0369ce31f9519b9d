using Migrator.Core.Text;

namespace Migrator.Core.Tests.Text;

public sealed class HtmlLexerTests
{
    private static string Describe(string html) =>
        string.Join(" | ", HtmlLexer.Tokenize(html).Select(t => $"{t.Kind}:{html.Substring(t.Start, t.Length)}"));

    [Fact]
    public void Tokens_cover_every_character_in_order() =>
        Assert.Equal("Text:a | Tag:<b class=\"x>y\"> | Text:c | Tag:</b> | Comment:<!-- d > e --> | Text: f",
            Describe("a<b class=\"x>y\">c</b><!-- d > e --> f"));

    [Fact]
    public void A_less_than_sign_not_followed_by_a_tag_name_is_text() =>
        Assert.Equal("Text:1 < 2 and <3 and < / done", Describe("1 < 2 and <3 and < / done"));

    [Fact]
    public void Script_and_style_contents_are_raw_text() =>
        Assert.Equal("Tag:<script> | RawText:if (a<b) x='</p>'; | Tag:</script> | Text:t",
            Describe("<script>if (a<b) x='</p>';</script>t"));

    [Fact]
    public void An_unclosed_comment_runs_to_the_end() =>
        Assert.Equal("Text:a | Comment:<!-- b", Describe("a<!-- b"));

    [Fact]
    public void Tag_names_are_lower_case_and_a_non_ASCII_letter_is_not_folded_into_ASCII() =>
        Assert.Equal("div div span dıv custom-el",
            string.Join(" ", HtmlLexer.Tokenize("<DIV><Div></SPAN><dıv><Custom-El>").Select(t => t.Name)));
}

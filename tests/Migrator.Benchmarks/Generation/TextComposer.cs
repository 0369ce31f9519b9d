using System.Globalization;
using System.Text;

namespace Migrator.Benchmarks.Generation;

/// <summary>A title as WordPress stores it (may hold entities) and the slug <c>sanitize_title</c> made of it.</summary>
internal sealed record GeneratedTitle(string Text, string Slug);

/// <summary>Sentences, paragraphs and titles made of <see cref="WordList"/>, with the entities real exports carry.</summary>
internal sealed class TextComposer(SeededRandom random)
{
    public string Word() => random.Pick(WordList.English);

    public void AppendWords(StringBuilder text, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
                text.Append(' ');
            text.Append(Word());
        }
    }

    public string Words(int min, int max)
    {
        var text = new StringBuilder();
        AppendWords(text, random.Between(min, max));
        return text.ToString();
    }

    /// <summary>One sentence of plain text (no markup, no entities): for attributes, alt texts, comment authors.</summary>
    public string PlainSentence()
    {
        var text = new StringBuilder();
        AppendCapitalised(text, Words(4, 12));
        text.Append('.');
        return text.ToString();
    }

    /// <summary>
    /// One sentence of stored post HTML: curly quotes and apostrophes as numeric entities (<c>&amp;#8220;</c>,
    /// <c>&amp;#8217;</c>), <c>&amp;#038;</c>, <c>&amp;nbsp;</c>, and the odd inline element.
    /// </summary>
    public void AppendRichSentence(StringBuilder text, string siteUrl)
    {
        var words = random.Between(6, 18);
        for (var i = 0; i < words; i++)
        {
            if (i > 0)
                text.Append(random.Chance(2) ? "&nbsp;" : " ");
            var word = Word();
            if (i == 0)
                word = Capitalise(word);
            switch (random.Next(60))
            {
                case 0: text.Append("&#8220;").Append(word).Append(' ').Append(Word()).Append("&#8221;"); break;
                case 1: text.Append(word).Append("&#8217;s"); break;
                case 2: text.Append(word).Append(" &#038; ").Append(Word()); break;
                case 3: text.Append("<em>").Append(word).Append("</em>"); break;
                case 4: text.Append("<strong>").Append(word).Append("</strong>"); break;
                case 5:
                    text.Append("<a href=\"").Append(siteUrl).Append("/?p=").Append(random.Between(1, 5000).ToString(CultureInfo.InvariantCulture))
                        .Append("\">").Append(word).Append("</a>");
                    break;
                case 6: text.Append(word).Append(" &amp; ").Append(Word()); break;
                case 7: text.Append(word).Append(" &#8211; ").Append(Word()); break;
                case 8: text.Append(word).Append("&hellip;"); break;
                case 9: text.Append("<code>").Append(word).Append("()</code>"); break;
                default: text.Append(word); break;
            }
        }
        text.Append(random.Chance(10) ? "?" : ".");
    }

    /// <summary>A classic paragraph: sentences, sometimes broken by a single newline (wpautop turns it into &lt;br /&gt;).</summary>
    public void AppendRichParagraph(StringBuilder text, string siteUrl, int minSentences, int maxSentences)
    {
        var sentences = random.Between(minSentences, maxSentences);
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0)
                text.Append(random.Chance(8) ? '\n' : ' ');
            AppendRichSentence(text, siteUrl);
        }
    }

    /// <summary>A title in one of the scripts real blogs mix, with its WordPress slug.</summary>
    public GeneratedTitle Title()
    {
        var roll = random.Next(100);
        var words = roll switch
        {
            < 6 => PickWords(WordList.Greek, 2, 4),
            // Now and then a long one: WordPress keeps only the first 200 encoded bytes of its slug.
            < 11 => random.Chance(15) ? PickWords(WordList.Japanese, 10, 20) : PickWords(WordList.Japanese, 2, 5),
            < 18 => [.. PickWords(WordList.AccentedLatin, 1, 2), .. PickWords(WordList.English, 1, 3)],
            _ => PickWords(WordList.English, 3, 8),
        };
        var separator = roll is >= 6 and < 11 && random.Chance(50) ? "" : " ";
        var slug = WordPressSlug.FromWords(words, separator);
        var text = new StringBuilder(Capitalise(words[0]));
        for (var i = 1; i < words.Count; i++)
            text.Append(separator).Append(words[i]);
        // Titles keep the entities the editor stored; the slug never sees them.
        switch (random.Next(25))
        {
            case 0: text.Append(": &#8220;").Append(Word()).Append("&#8221;"); break;
            case 1: text.Append(" &amp; ").Append(Word()); break;
            case 2: text.Append(" – part ").Append(random.Between(2, 9).ToString(CultureInfo.InvariantCulture)); break;
            case 3: text.Append(" (it&#8217;s fine)"); break;
            default: break;
        }
        return new GeneratedTitle(text.ToString(), slug);
    }

    private List<string> PickWords(string[] list, int min, int max)
    {
        var count = random.Between(min, max);
        var words = new List<string>(count);
        for (var i = 0; i < count; i++)
            words.Add(random.Pick(list));
        return words;
    }

    private static void AppendCapitalised(StringBuilder text, string words) => text.Append(Capitalise(words));

    private static string Capitalise(string word) =>
        word.Length == 0 || !char.IsAsciiLetterLower(word[0]) ? word : char.ToUpperInvariant(word[0]) + word[1..];
}

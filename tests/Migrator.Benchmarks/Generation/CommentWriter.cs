using System.Globalization;
using System.Text;

namespace Migrator.Benchmarks.Generation;

/// <summary>
/// The comments of one post: threaded (a reply always has a higher ID than its parent, as the importer needs),
/// dated after the post, with the approval states, types and commentmeta (Akismet, Disqus) real exports carry.
/// </summary>
internal sealed class CommentWriter(WxrElementWriter wxr, SeededRandom random, TextComposer text, SiteShape site)
{
    private int nextCommentId = 1;

    /// <summary>How many comments a published post gets: most a few, some none, a few a long thread.</summary>
    public int CountFor() => random.Next(100) switch
    {
        < 30 => 0,
        < 75 => random.Between(1, 4),
        < 95 => random.Between(5, 14),
        _ => random.Between(15, 45),
    };

    public void Write(int count, DateTime postUtc, bool hasDisqusThread)
    {
        var ids = new List<int>(count);
        var disqusIds = new List<long>(count);
        var utc = postUtc;
        for (var i = 0; i < count; i++)
        {
            utc = utc.AddMinutes(random.Between(3, 60 * 30));
            var parentIndex = ids.Count > 0 && random.Chance(40) ? random.Next(ids.Count) : -1;
            var id = nextCommentId++;
            var disqusId = 1_000_000_000L + ((long)id * 7919 % 900_000_000);
            WriteOne(id, parentIndex < 0 ? 0 : ids[parentIndex], utc, hasDisqusThread ? disqusId : 0,
                hasDisqusThread && parentIndex >= 0 ? disqusIds[parentIndex] : 0);
            ids.Add(id);
            disqusIds.Add(disqusId);
        }
    }

    private void WriteOne(int id, int parentId, DateTime utc, long disqusId, long disqusParentId)
    {
        var pingback = random.Chance(5);
        var author = random.Next(100) < 6 ? site.Authors[random.Next(site.Authors.Count)] : null;
        var name = pingback ? text.Title().Text : author?.DisplayName ?? random.Pick(WordList.CommenterNames);

        wxr.StartWp("comment");
        wxr.WpNumber("comment_id", id);
        wxr.WpCData("comment_author", name);
        wxr.WpCData("comment_author_email", pingback ? "" : author?.Email ?? Email(name));
        wxr.WpText("comment_author_url", pingback ? site.SiteUrl + "/?p=" + Number(random.Between(1, 5000)) : random.Chance(30) ? "https://" + text.Word() + ".example.net/" : "");
        wxr.WpText("comment_author_IP", random.Chance(80) ? "192.0.2." + Number(random.Between(1, 254)) : "2001:db8::" + Number(random.Between(1, 9999)));
        wxr.WpCData("comment_date", SiteClock.Database(SiteClock.ToLocal(utc)));
        wxr.WpCData("comment_date_gmt", SiteClock.Database(utc));
        wxr.WpCData("comment_content", pingback ? PingbackContent() : Content());
        wxr.WpCData("comment_approved", random.Next(100) switch { < 90 => "1", < 97 => "0", _ => "trash" });
        wxr.WpCData("comment_type", pingback ? "pingback" : random.Chance(60) ? "comment" : "");
        wxr.WpNumber("comment_parent", parentId);
        wxr.WpNumber("comment_user_id", author?.Id ?? 0);
        if (random.Chance(50))
            wxr.Meta("commentmeta", "akismet_result", "false");
        if (random.Chance(20))
            wxr.Meta("commentmeta", "akismet_history", AkismetHistory(utc));
        if (disqusId != 0 && random.Chance(70))
        {
            wxr.Meta("commentmeta", "dsq_post_id", disqusId.ToString(CultureInfo.InvariantCulture));
            if (disqusParentId != 0)
                wxr.Meta("commentmeta", "dsq_parent_post_id", disqusParentId.ToString(CultureInfo.InvariantCulture));
        }
        wxr.End();
    }

    private string Content()
    {
        var content = new StringBuilder();
        var paragraphs = random.Next(100) < 70 ? 1 : random.Between(2, 4);
        for (var p = 0; p < paragraphs; p++)
        {
            if (p > 0)
                content.Append("\n\n");
            var sentences = random.Between(1, 4);
            for (var s = 0; s < sentences; s++)
            {
                if (s > 0)
                    content.Append(' ');
                content.Append(text.PlainSentence());
            }
            if (random.Chance(8))
                content.Append(" <a href=\"https://").Append(text.Word()).Append(".example.net/\" rel=\"nofollow\">").Append(text.Word()).Append("</a>");
            if (random.Chance(10))
                content.Append(" Don't you think? :)");
        }
        return content.ToString();
    }

    private string PingbackContent() => "[&#8230;] " + text.PlainSentence() + " [&#8230;]";

    /// <summary>A PHP-serialized array, string lengths in UTF-8 bytes (docs/wordpress-wxr.md#post-meta).</summary>
    private static string AkismetHistory(DateTime utc)
    {
        var time = ((utc - DateTime.UnixEpoch).Ticks / TimeSpan.TicksPerSecond).ToString(CultureInfo.InvariantCulture) + ".123456";
        return "a:3:{s:4:\"time\";d:" + time + ";s:5:\"event\";s:9:\"check-ham\";s:4:\"user\";s:0:\"\";}";
    }

    private static string Email(string name)
    {
        var local = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
                local.Append(char.ToLowerInvariant(c));
        }
        return (local.Length > 0 ? local.ToString() : "reader") + "@example.com";
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

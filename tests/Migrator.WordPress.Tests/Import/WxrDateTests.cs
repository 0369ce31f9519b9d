using static Migrator.WordPress.Tests.Import.WxrSamples;

namespace Migrator.WordPress.Tests.Import;

/// <summary>docs/wordpress-wxr.md#dates-and-offsets: the local date has no offset; the offset is derived per post, drafts float.</summary>
public sealed class WxrDateTests
{
    [Fact]
    public void The_offset_is_local_minus_gmt_and_follows_daylight_saving()
    {
        var read = ReadAll(Document(
            Item(1, date: "2020-07-01 12:00:00", dateGmt: "2020-07-01 10:00:00")
            + Item(2, date: "2020-01-15 12:00:00", dateGmt: "2020-01-15 11:00:00")
            + Item(3, date: "2020-03-01 05:30:00", dateGmt: "2020-03-01 00:00:00")
            + Item(4, date: "2020-03-01 19:00:00", dateGmt: "2020-03-02 00:00:00")));
        Assert.Equal(
            [
                new DateTimeOffset(2020, 7, 1, 12, 0, 0, TimeSpan.FromHours(2)),
                new DateTimeOffset(2020, 1, 15, 12, 0, 0, TimeSpan.FromHours(1)),
                new DateTimeOffset(2020, 3, 1, 5, 30, 0, TimeSpan.FromMinutes(330)),
                new DateTimeOffset(2020, 3, 1, 19, 0, 0, TimeSpan.FromHours(-5)),
            ],
            read.Posts.Select(p => p.Date!.Value));
        Assert.Equal([TimeSpan.FromHours(2), TimeSpan.FromHours(1), TimeSpan.FromMinutes(330), TimeSpan.FromHours(-5)],
            read.Posts.Select(p => p.Date!.Value.Offset));
        Assert.All(read.Posts, p => Assert.False(p.DateIsFloating));
    }

    [Fact]
    public void A_gmt_date_a_few_seconds_off_rounds_to_the_minute()
    {
        var read = ReadAll(Document(Item(date: "2020-07-01 12:00:00", dateGmt: "2020-07-01 10:00:02")));
        Assert.Equal(TimeSpan.FromHours(2), read.Post.Date!.Value.Offset);
    }

    [Fact]
    public void A_zero_gmt_date_floats_and_takes_the_offset_most_posts_of_that_month_use()
    {
        var read = ReadAll(Document(
            Item(1, date: "2021-07-10 09:00:00", dateGmt: "2021-07-10 07:00:00")
            + Item(2, date: "2021-07-20 09:00:00", dateGmt: "2021-07-20 07:00:00")
            + Item(3, date: "2021-01-20 09:00:00", dateGmt: "2021-01-20 08:00:00")
            + Item(4, date: "2021-01-21 09:00:00", dateGmt: "2021-01-21 08:00:00")
            + Item(5, date: "2021-01-22 09:00:00", dateGmt: "2021-01-22 08:00:00")
            + Item(6, status: "draft", date: "2022-07-04 18:30:00", dateGmt: "0000-00-00 00:00:00")
            + Item(7, status: "draft", date: "2022-02-04 18:30:00", dateGmt: "0000-00-00 00:00:00")));
        var july = read.Posts[5];
        Assert.True(july.DateIsFloating);
        Assert.Equal(new DateTimeOffset(2022, 7, 4, 18, 30, 0, TimeSpan.FromHours(2)), july.Date);
        var february = read.Posts[6];
        Assert.Equal(new DateTimeOffset(2022, 2, 4, 18, 30, 0, TimeSpan.FromHours(1)), february.Date);
        var message = Assert.Single(Assert.IsType<Core.Pipeline.ReadPost>(read.Items[5]).Diagnostics, d => d.Code == "WXR030").Message;
        Assert.Equal("item 6 (export.xml line " + read.Items[5].Source.Line
            + "): post_date_gmt is 0000-00-00 00:00:00; date taken from post_date in the site time zone (offset +02:00, the one most posts of that month use).",
            message);
    }

    [Fact]
    public void A_zero_gmt_date_in_a_site_without_dated_posts_is_taken_at_utc()
    {
        var read = ReadAll(Document(Item(status: "draft", date: "2022-07-04 18:30:00", dateGmt: "0000-00-00 00:00:00")));
        Assert.Equal(new DateTimeOffset(2022, 7, 4, 18, 30, 0, TimeSpan.Zero), read.Post.Date);
        Assert.True(read.Post.DateIsFloating);
        Assert.Contains("WXR030", read.ItemCodes);
    }

    [Fact]
    public void A_date_that_is_not_a_date_is_reported_and_left_out()
    {
        var read = ReadAll(Document(Item(date: "2020-02-30 10:00:00", dateGmt: "yesterday")));
        Assert.Null(read.Post.Date);
        Assert.Equal(2, read.ItemCodes.Count(c => c == "WXR031"));
    }

    [Fact]
    public void Local_and_gmt_more_than_14_hours_apart_keep_the_local_date()
    {
        var read = ReadAll(Document(Item(1, date: "2021-05-23 16:24:03", dateGmt: "2014-12-15 12:07:06")));
        Assert.Equal(new DateTimeOffset(2021, 5, 23, 16, 24, 3, TimeSpan.Zero), read.Post.Date);
        Assert.Contains("WXR032", read.ItemCodes);
    }

    [Fact]
    public void Modified_dates_are_read_like_publish_dates()
    {
        var extra = "<wp:post_modified><![CDATA[2023-03-26 03:30:00]]></wp:post_modified>\n"
            + "<wp:post_modified_gmt><![CDATA[2023-03-26 01:30:00]]></wp:post_modified_gmt>\n";
        var read = ReadAll(Document(Item(extra: extra)));
        Assert.Equal(new DateTimeOffset(2023, 3, 26, 3, 30, 0, TimeSpan.FromHours(2)), read.Post.Modified);
    }

    [Fact]
    public void Comment_dates_get_their_own_offset()
    {
        var comment = "<wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_date>2020-12-24 20:00:00</wp:comment_date>"
            + "<wp:comment_date_gmt>2020-12-24 19:00:00</wp:comment_date_gmt></wp:comment>\n";
        var read = ReadAll(Document(Item(extra: comment)));
        Assert.Equal(new DateTimeOffset(2020, 12, 24, 20, 0, 0, TimeSpan.FromHours(1)), read.Post.Comments[0].Date);
    }
}

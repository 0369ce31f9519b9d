using Migrator.Core.Model;
using Migrator.Core.Publishing;

namespace Migrator.Core.Tests.Publishing;

/// <summary>What counts as data that identifies a person (docs/privacy.md).</summary>
public sealed class PersonalDataTests
{
    [Theory]
    [InlineData("write to jane.doe+blog@example.co.uk today", "jane.doe+blog@example.co.uk")]
    [InlineData("from 203.0.113.9", "203.0.113.9")]
    [InlineData("REMOTE_ADDR 2001:db8::1;", "2001:db8::1")]
    [InlineData("loopback ::1 and fe80::1", "::1")]
    public void An_e_mail_or_IP_address_is_found(string text, string expected)
    {
        Assert.True(PersonalData.Holds(text));
        Assert.Contains(expected, PersonalData.Find(text));
    }

    [Theory]
    [InlineData("version 1.2.3 released")]
    [InlineData("2024-01-02 10:00:00")]
    [InlineData("a:64:{s:15:\"comment_post_ID\";}")]
    [InlineData("999.1.1.1 is not an address")]
    [InlineData("@handle on the fediverse")]
    [InlineData("")]
    public void Ordinary_text_is_not_personal(string text) => Assert.False(PersonalData.Holds(text));

    [Theory]
    [InlineData("_feedback_email", "x")]
    [InlineData("author_ip", "x")]
    [InlineData("remote_addr", "x")]
    [InlineData("_last_reader", "reader@example.org")]
    public void Meta_naming_or_holding_an_address_is_personal(string key, string value) =>
        Assert.True(PostMetaSelection.IsPersonal(new MetaEntry(key, value)));

    [Theory]
    [InlineData("subtitle", "A subtitle")]
    [InlineData("zip_code", "12345")]
    [InlineData("tooltip", "Hello")]
    [InlineData("_jetpack_dont_email_post_to_subs", "1")]
    public void Other_meta_is_not_personal(string key, string value) =>
        Assert.False(PostMetaSelection.IsPersonal(new MetaEntry(key, value)));

    [Theory]
    [InlineData("feedback", "publish")]
    [InlineData("shop_order", "wc-completed")]
    [InlineData("post", "spam")]
    public void Visitors_records_and_spam_are_private(string type, string status) =>
        Assert.NotNull(WordPressPostTypes.PrivateDataReason(new Post { Source = new SourceRef("x.xml", 1), Type = type, StatusWord = status }));

    [Fact]
    public void A_private_record_is_skipped_unless_asked_for_and_then_never_published()
    {
        var entry = new Post { Source = new SourceRef("x.xml", 1), Type = "feedback" };

        Assert.IsType<Skipped>(PublicationRules.Classify(entry));
        var kept = Assert.IsType<Draft>(PublicationRules.Classify(entry, includePrivateData: true));
        Assert.Equal(DraftCause.PrivateData, kept.Cause);
    }
}

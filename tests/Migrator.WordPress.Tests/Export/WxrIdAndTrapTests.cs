using System.Globalization;
using Migrator.Core.Model;
using Migrator.WordPress.Export;
using static Migrator.WordPress.Tests.Export.WxrExportKit;

namespace Migrator.WordPress.Tests.Export;

/// <summary>Post ids and what the importer would refuse or merge (docs/wordpress-wxr.md#ids-and-duplicates).</summary>
public sealed class WxrIdAndTrapTests
{
    private static long PostId(System.Xml.Linq.XElement item) =>
        long.Parse(item.Element(Wp + "post_id")!.Value, CultureInfo.InvariantCulture);

    [Fact]
    public void Posts_without_ids_get_the_same_unique_ids_on_every_run()
    {
        var posts = Enumerable.Range(1, 50).Select(i => NewPost($"post-{i}")).Append(NewPost("real", id: 12)).ToArray();
        using var first = new WxrExportKit();
        using var second = new WxrExportKit();
        var ids = first.Items(SiteNamed(), posts).Select(PostId).ToList();
        Assert.Equal(ids, second.Items(SiteNamed(), posts).Select(PostId).ToList());
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(12, ids[^1]);
        Assert.All(ids.Take(50), id => Assert.InRange(id, WxrItemIdentity.SynthesisedBase, WxrItemIdentity.SynthesisedBase + WxrItemIdentity.SynthesisedRange - 1));
        Assert.Equal(50, first.Codes.Count(c => c == "WXW004"));
    }

    [Fact]
    public void Synthesised_ids_never_take_an_id_already_written()
    {
        var withoutId = NewPost("no-id");
        var taken = WxrItemIdentity.SynthesiseId(withoutId, 0);
        using var kit = new WxrExportKit();
        var items = kit.Items(SiteNamed(), NewPost("real", id: taken), withoutId);
        Assert.Equal(taken, PostId(items[0]));
        Assert.NotEqual(taken, PostId(items[1]));
    }

    [Fact]
    public void A_real_id_used_twice_is_given_a_new_id_for_the_second_item()
    {
        using var kit = new WxrExportKit();
        var items = kit.Items(SiteNamed(), NewPost("a", id: 5), NewPost("b", id: 5));
        Assert.Equal(5, PostId(items[0]));
        Assert.NotEqual(5, PostId(items[1]));
        Assert.Contains("WXW005", kit.Codes);
    }

    [Fact]
    public void A_real_id_that_a_synthesised_one_took_earlier_is_reported_as_an_error()
    {
        var withoutId = NewPost("no-id");
        var taken = WxrItemIdentity.SynthesiseId(withoutId, 0);
        using var kit = new WxrExportKit();
        kit.Items(SiteNamed(), withoutId, NewPost("real", id: taken));
        Assert.Contains("WXW019", kit.Codes);
    }

    [Fact]
    public void A_post_with_no_title_content_or_excerpt_gets_a_title_from_its_slug()
    {
        using var kit = new WxrExportKit();
        var items = kit.Items(SiteNamed(),
            NewPost("weekly-links", title: "", body: ""),
            NewPost("", title: "", body: "", id: 77),
            NewPost("page", title: "", body: "") with { Type = PostTypes.Page });
        Assert.Equal("Weekly links", items[0].Element("title")!.Value);
        Assert.Equal("Untitled 77", items[1].Element("title")!.Value);
        Assert.Equal("", items[2].Element("title")!.Value);
        Assert.Equal(2, kit.Codes.Count(c => c == "WXW002"));
    }

    [Fact]
    public void Two_items_the_importer_would_merge_are_reported_naming_both()
    {
        using var kit = new WxrExportKit();
        kit.Items(SiteNamed(),
            NewPost("links-1", title: "Weekly links"),
            NewPost("links-2", title: "Weekly links"),
            NewPost("links-3", title: "Weekly links") with { Type = PostTypes.Page });
        var warning = Assert.Single(kit.Diagnostics.Items, d => d.Code == "WXW003");
        Assert.Equal("links-2", warning.Source?.ItemId);
        Assert.Contains("links-1", warning.Message, StringComparison.Ordinal);
        Assert.Contains("2020-01-02 10:00:00", warning.Message, StringComparison.Ordinal);
    }
}

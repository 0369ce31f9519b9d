using Migrator.Jekyll.Cleanup;

namespace Migrator.Jekyll.Tests.Cleanup;

/// <summary>Jekyll → Jekyll clean-up keeps every byte but the changed keys' lines and the body when given.</summary>
public sealed class FrontMatterPatchTests
{
    private const string SeedPost = Import.SeedPostTests.SeedPost;

    [Fact]
    public void Seed_post_dsq_thread_id_list_becomes_a_scalar_and_the_body_is_decoded()
    {
        var result = FrontMatterPatch.Apply(SeedPost,
            new Dictionary<string, object?> { ["dsq_thread_id"] = "43477034" },
            "> “First, just skip the marketing-centric ... it’s *money.”*\n");

        Assert.Equal("""
            ---
            title: Social networking return?
            author: Barry Martin
            layout: post
            permalink: /social-networking-return/
            dsq_thread_id: "43477034"
            categories:
              - Social Networking
            ---
            > “First, just skip the marketing-centric ... it’s *money.”*

            """, result);
    }

    [Fact]
    public void No_change_gives_the_same_text()
    {
        Assert.Equal(SeedPost, FrontMatterPatch.Apply(SeedPost, new Dictionary<string, object?>(), null));
    }

    [Fact]
    public void Keys_are_replaced_added_and_removed_and_the_rest_kept_with_its_line_endings()
    {
        const string original = "---\r\n# comment\r\ntitle: 'Old'   # why\r\ncategories:\r\n- a\r\n- b\r\n\r\nlayout: post\r\n---\r\nBody\r\n";

        var result = FrontMatterPatch.Apply(original,
            new Dictionary<string, object?>
            {
                ["categories"] = new List<object?> { "a" },
                ["layout"] = FrontMatterPatch.Remove,
                ["date"] = new DateTimeOffset(2020, 1, 2, 10, 0, 0, TimeSpan.FromHours(1)),
            },
            null);

        Assert.Equal("---\r\n# comment\r\ntitle: 'Old'   # why\r\ncategories:\r\n  - \"a\"\r\n\r\ndate: 2020-01-02 10:00:00 +01:00\r\n---\r\nBody\r\n", result);
    }

    [Fact]
    public void A_file_without_front_matter_gets_one()
    {
        Assert.Equal("---\ntitle: \"x\"\n---\nText\n",
            FrontMatterPatch.Apply("Text\n", new Dictionary<string, object?> { ["title"] = "x" }, null));
    }
}

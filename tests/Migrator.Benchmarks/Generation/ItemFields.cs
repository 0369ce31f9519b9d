namespace Migrator.Benchmarks.Generation;

/// <summary>The fixed elements of one <c>&lt;item&gt;</c>, in the order WordPress writes them.</summary>
internal sealed record ItemFields
{
    public required int Id { get; init; }
    public required string Title { get; init; }
    public required string Link { get; init; }
    public required string PubDate { get; init; }
    public required string Creator { get; init; }
    public required string Guid { get; init; }
    public required string Content { get; init; }
    public string Excerpt { get; init; } = "";
    public required string PostDate { get; init; }
    public required string PostDateGmt { get; init; }
    public required string ModifiedDate { get; init; }
    public required string ModifiedDateGmt { get; init; }
    public string CommentStatus { get; init; } = "open";
    public string PingStatus { get; init; } = "open";
    public required string Slug { get; init; }
    public required string Status { get; init; }
    public int Parent { get; init; }
    public int MenuOrder { get; init; }
    public required string Type { get; init; }
    public string Password { get; init; } = "";
    public bool Sticky { get; init; }
    public string? AttachmentUrl { get; init; }
}

/// <summary>Writes the opening of an item; the caller adds terms, meta and comments, then closes it.</summary>
internal static class ItemFieldsWriter
{
    public static void WriteStart(WxrElementWriter wxr, ItemFields item)
    {
        wxr.Start("item");
        wxr.CData("", "title", "", item.Title);
        wxr.Text("link", item.Link);
        wxr.Text("pubDate", item.PubDate);
        wxr.CData("dc", "creator", WxrElementWriter.DcNamespace, item.Creator);
        wxr.Xml.WriteStartElement("guid");
        wxr.Xml.WriteAttributeString("isPermaLink", "false");
        wxr.Xml.WriteString(item.Guid);
        wxr.Xml.WriteEndElement();
        wxr.Text("description", "");
        wxr.CData("content", "encoded", WxrElementWriter.ContentNamespace, item.Content);
        wxr.CData("excerpt", "encoded", WxrElementWriter.ExcerptNamespace, item.Excerpt);
        wxr.WpNumber("post_id", item.Id);
        wxr.WpCData("post_date", item.PostDate);
        wxr.WpCData("post_date_gmt", item.PostDateGmt);
        wxr.WpCData("post_modified", item.ModifiedDate);
        wxr.WpCData("post_modified_gmt", item.ModifiedDateGmt);
        wxr.WpCData("comment_status", item.CommentStatus);
        wxr.WpCData("ping_status", item.PingStatus);
        wxr.WpCData("post_name", item.Slug);
        wxr.WpCData("status", item.Status);
        wxr.WpNumber("post_parent", item.Parent);
        wxr.WpNumber("menu_order", item.MenuOrder);
        wxr.WpCData("post_type", item.Type);
        wxr.WpCData("post_password", item.Password);
        wxr.WpNumber("is_sticky", item.Sticky ? 1 : 0);
        if (item.AttachmentUrl is not null)
            wxr.WpCData("attachment_url", item.AttachmentUrl);
    }
}

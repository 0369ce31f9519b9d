namespace Migrator.Blogger.Import;

/// <summary>Blogger's entry ids: <c>tag:blogger.com,1999:blog-BLOGID.post-POSTID</c> (docs/blogger.md#ids).</summary>
internal static class BloggerIds
{
    /// <summary>The number at the end of an id (<c>…post-123</c> → <c>123</c>); the whole text when it has no dash.</summary>
    public static string Tail(string id) => id[(id.LastIndexOf('-') + 1)..];
}

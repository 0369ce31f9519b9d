namespace Migrator.WordPress.Import;

/// <summary>The MIME type of an attachment, from its file extension (WXR does not store it).</summary>
internal static class MimeTypes
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = "image/jpeg", [".jpeg"] = "image/jpeg", [".jpe"] = "image/jpeg", [".png"] = "image/png",
        [".gif"] = "image/gif", [".webp"] = "image/webp", [".avif"] = "image/avif", [".heic"] = "image/heic",
        [".svg"] = "image/svg+xml", [".bmp"] = "image/bmp", [".tif"] = "image/tiff", [".tiff"] = "image/tiff",
        [".ico"] = "image/x-icon",
        [".mp3"] = "audio/mpeg", [".m4a"] = "audio/mp4", [".ogg"] = "audio/ogg", [".oga"] = "audio/ogg",
        [".wav"] = "audio/wav", [".flac"] = "audio/flac",
        [".mp4"] = "video/mp4", [".m4v"] = "video/mp4", [".mov"] = "video/quicktime", [".webm"] = "video/webm",
        [".ogv"] = "video/ogg", [".avi"] = "video/x-msvideo", [".wmv"] = "video/x-ms-wmv",
        [".pdf"] = "application/pdf", [".zip"] = "application/zip", [".doc"] = "application/msword",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xls"] = "application/vnd.ms-excel",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".ppt"] = "application/vnd.ms-powerpoint",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".odt"] = "application/vnd.oasis.opendocument.text", [".txt"] = "text/plain", [".csv"] = "text/csv",
    };

    /// <summary>The type for the URL's extension (query and fragment ignored), or null when unknown.</summary>
    public static string? FromUrl(string url)
    {
        var end = url.IndexOfAny(['?', '#']);
        var path = end < 0 ? url : url[..end];
        var slash = path.LastIndexOf('/');
        var name = path[(slash + 1)..];
        var dot = name.LastIndexOf('.');
        return dot < 0 ? null : ByExtension.GetValueOrDefault(name[dot..]);
    }
}

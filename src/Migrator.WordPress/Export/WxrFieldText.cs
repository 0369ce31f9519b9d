using Migrator.Core.Diagnostics;
using Migrator.Core.Model;

namespace Migrator.WordPress.Export;

/// <summary>Cleans the free-text values of one item (or of the channel) for XML and reports what it removed.</summary>
internal sealed class WxrFieldText(SourceRef? where, IDiagnosticSink diagnostics)
{
    public string Clean(string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
            return "";
        var (text, removed) = XmlText.Clean(value);
        if (removed > 0)
            diagnostics.Report(WxrWriteDiagnostics.IllegalCharactersRemoved(where, field, removed));
        return text;
    }

    /// <summary>A meta value: like <see cref="Clean"/>, but a PHP-serialized value keeps correct string lengths (docs/wordpress-wxr.md#post-meta).</summary>
    public string CleanMeta(string field, string key, string value)
    {
        var (plain, _) = XmlText.Clean(value);
        if (string.Equals(plain, value, StringComparison.Ordinal) || !PhpSerializedText.LooksSerialized(value))
            return Clean(field, value);
        var removed = 0;
        var rewritten = PhpSerializedText.Rewrite(value, s =>
        {
            var (cleaned, n) = XmlText.Clean(s);
            removed += n;
            return cleaned;
        });
        if (rewritten is null)
            return Clean(field, value);
        if (removed > 0)
            diagnostics.Report(WxrWriteDiagnostics.IllegalCharactersRemoved(where, field, removed));
        diagnostics.Report(WxrWriteDiagnostics.SerializedMetaRecounted(where, key));
        return rewritten;
    }
}

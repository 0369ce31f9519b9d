namespace Migrator.Core.Model;

/// <summary>Where an item came from: the file, the line it starts on, and the id the source gives it.</summary>
public sealed record SourceRef(string File, int Line, string? ItemId = null)
{
    /// <summary>A short human form, e.g. <c>export.xml line 120, item 87</c>.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? $"{System.IO.Path.GetFileName(File)} line {Line}" : System.IO.Path.GetFileName(File);
        return ItemId is null ? where : $"{where}, item {ItemId}";
    }
}

namespace Migrator.Core.Diagnostics;

/// <summary>
/// One kind of message: its stable code, its severity, and what it means for the site's owner. Declared once, beside the
/// factory that makes it (<c>public static DiagnosticKind WXR012 { get; } = new(…)</c> in a <c>*Diagnostics</c> class),
/// so that the factory, <c>migrator explain</c> and docs/messages.md cannot disagree.
/// </summary>
/// <param name="Code">The stable code, three capital letters of the family and three digits (<c>WXR012</c>).</param>
/// <param name="Severity">The severity of every message of this kind.</param>
/// <param name="Title">One line, no final full stop: what happened.</param>
/// <param name="Explanation">Two to four plain sentences for the owner: what happened, and what to do about it.</param>
public sealed record DiagnosticKind(string Code, Severity Severity, string Title, string Explanation)
{
    /// <summary>The family of the code: its three letters (<c>WXR</c>).</summary>
    public string Family => Code[..3];
}

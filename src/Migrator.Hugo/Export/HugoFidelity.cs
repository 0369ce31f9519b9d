using Migrator.Core.Markup;
using Migrator.Core.Markup.Fidelity;
using Migrator.Core.Pipeline;

namespace Migrator.Hugo.Export;

/// <summary>Judges a converted body by rendering the Markdown back (Goldmark flavour) and comparing with its source HTML.</summary>
internal static class HugoFidelity
{
    /// <summary>The verdict, or null when the body was not converted (HTML and Markdown bodies are written as they are).</summary>
    public static Fidelity? Judge(HugoBodyWriter.Result body) =>
        body is { SourceHtml: { } html, Markdown: { } markdown }
            ? FidelityCheck.Check(html, markdown, MarkdownFlavor.Goldmark)
            : null;
}

using System.Text;

namespace Migrator.Core.Markup.HtmlToMarkdown;

/// <summary>
/// The accumulating state of one conversion: the output and the stack of line prefixes of the containers being
/// written (<c>"> "</c> for a block quote, the indent of a list item whose first line carries its marker instead).
/// Blocks write whole lines; the writer puts the prefixes in front of every line.
/// </summary>
internal sealed class MarkdownWriter
{
    private readonly StringBuilder output;
    private readonly List<Prefix> prefixes = [];
    private bool atLineStart = true;

    public MarkdownWriter(int capacity) => output = new StringBuilder(capacity);

    /// <summary>Scratch buffer for inline content, reused paragraph after paragraph.</summary>
    public StringBuilder Scratch { get; } = new();

    /// <summary>Inline segments, reused paragraph after paragraph.</summary>
    public InlineRun Inlines { get; } = new();

    /// <summary>True inside a block quote or list item, where a tab at a line start would be read as part of the indentation.</summary>
    public bool InContainer => prefixes.Count > 0;

    public void PushPrefix(string continuation, string? firstLine = null) => prefixes.Add(new Prefix(continuation, firstLine));

    public void PopPrefix() => prefixes.RemoveAt(prefixes.Count - 1);

    /// <summary>Writes text; every <c>\n</c> ends a line and the next line gets the container prefixes.</summary>
    public void Write(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var newline = text.IndexOf('\n');
            var line = newline < 0 ? text : text[..newline];
            if (atLineStart)
                WritePrefixes(blank: line.IsEmpty && newline >= 0);
            output.Append(line);
            atLineStart = false;
            if (newline < 0)
                return;
            output.Append('\n');
            atLineStart = true;
            text = text[(newline + 1)..];
        }
    }

    public void WriteLine(ReadOnlySpan<char> text)
    {
        Write(text);
        EndLine();
    }

    /// <summary>Ends the current line (writes the prefixes of an empty line first, e.g. a bare list marker).</summary>
    public void EndLine()
    {
        if (atLineStart)
            WritePrefixes(blank: true);
        output.Append('\n');
        atLineStart = true;
    }

    /// <summary>Writes an empty line inside the current containers (<c>&gt;</c> inside a quote).</summary>
    public void BlankLine()
    {
        if (!atLineStart)
            EndLine();
        EndLine();
    }

    public override string ToString() => output.ToString();

    private void WritePrefixes(bool blank)
    {
        var start = output.Length;
        for (var i = 0; i < prefixes.Count; i++)
        {
            var prefix = prefixes[i];
            if (prefix.FirstLine is not null)
            {
                output.Append(prefix.FirstLine);
                prefixes[i] = prefix with { FirstLine = null };
            }
            else
                output.Append(prefix.Continuation);
        }
        if (blank)
        {
            var end = output.Length;
            while (end > start && output[end - 1] == ' ')
                end--;
            output.Length = end;
        }
    }

    private readonly record struct Prefix(string Continuation, string? FirstLine);
}

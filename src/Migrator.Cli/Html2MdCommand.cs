using System.CommandLine;
using Migrator.Core.Markup.HtmlToMarkdown;

namespace Migrator.Cli;

/// <summary><c>migrator html2md [FILE]</c>: one HTML file (or standard input) to Markdown on standard output.</summary>
internal static class Html2MdCommand
{
    public static Command Build(TextReader input, TextWriter output, TextWriter error)
    {
        var file = new Argument<string?>("file")
        {
            Description = "HTML file to convert; standard input when omitted or '-'.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var noGfm = new Option<bool>("--no-gfm") { Description = "Plain CommonMark: no GFM tables or strikethrough (they stay raw HTML)." };
        var command = new Command("html2md", "Convert one HTML file to Markdown with the same converter and options as a migration.") { file, noGfm };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file);
            string html;
            try
            {
                html = path is null or "-" ? input.ReadToEnd() : File.ReadAllText(path);
            }
            catch (IOException ex)
            {
                error.WriteLine($"migrator: cannot read '{path}': {ex.Message}");
                return ExitCodes.UsageOrUnreadableInput;
            }
            catch (UnauthorizedAccessException ex)
            {
                error.WriteLine($"migrator: cannot read '{path}': {ex.Message}");
                return ExitCodes.UsageOrUnreadableInput;
            }
            var options = HtmlToMarkdownOptions.Default with { Gfm = !parse.GetValue(noGfm) };
            output.Write(HtmlToMarkdownConverter.Convert(html, options));
            return ExitCodes.Success;
        });
        return command;
    }
}

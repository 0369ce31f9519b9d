using System.CommandLine;
using Migrator.Core.Diagnostics;

namespace Migrator.Cli;

/// <summary><c>migrator explain CODE</c>: what a message code means and what to do; <c>--list</c> names every code.</summary>
internal static class ExplainCommand
{
    public static Command Build(TextWriter output, TextWriter error)
    {
        var code = new Argument<string?>("code")
        {
            Description = "The message code, as the summary and the report show it (e.g. WXR012).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var list = new Option<bool>("--list") { Description = "List every code with its severity and title." };
        var command = new Command("explain", "Explain a message code: what happened and what to do.") { code, list };
        command.SetAction(parse =>
        {
            if (parse.GetValue(list))
            {
                foreach (var family in Formats.Messages.Families)
                {
                    foreach (var k in family.Kinds)
                        output.WriteLine($"{k.Code}  {Severity(k),-7}  {k.Title}");
                }
                return ExitCodes.Success;
            }
            var wanted = parse.GetValue(code);
            if (string.IsNullOrWhiteSpace(wanted))
            {
                error.WriteLine("migrator: give a message code (e.g. 'migrator explain WXR012'), or --list.");
                return ExitCodes.UsageOrUnreadableInput;
            }
            if (Formats.Messages.Find(wanted) is not { } kind)
            {
                error.WriteLine($"migrator: no message has the code '{wanted}'. Run 'migrator explain --list' to see every code.");
                return ExitCodes.UsageOrUnreadableInput;
            }
            output.WriteLine($"{kind.Code} ({Severity(kind)}): {kind.Title}");
            output.WriteLine();
            output.WriteLine(kind.Explanation);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Severity(DiagnosticKind kind) => kind.Severity.ToString().ToLowerInvariant();
}

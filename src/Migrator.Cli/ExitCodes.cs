namespace Migrator.Cli;

/// <summary>The process exit codes, documented in the README. Scripts rely on them: never renumber.</summary>
public static class ExitCodes
{
    /// <summary>Every item was converted (written or deliberately skipped).</summary>
    public const int Success = 0;

    /// <summary>Some items failed, or an input was damaged; everything else was converted.</summary>
    public const int PartialFailure = 1;

    /// <summary>Usage error, or an input that cannot be read at all; nothing was converted.</summary>
    public const int UsageOrUnreadableInput = 2;

    /// <summary>Stopped by Ctrl-C or SIGTERM (128 + SIGINT, as shells report it); no half-written file is left.</summary>
    public const int Interrupted = 130;
}

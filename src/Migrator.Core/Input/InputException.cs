namespace Migrator.Core.Input;

/// <summary>An input that cannot be opened or recognised at all (exit code 2).</summary>
public sealed class InputException(string message, Exception? inner = null) : Exception(message, inner);

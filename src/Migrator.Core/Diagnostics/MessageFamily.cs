using System.Reflection;

namespace Migrator.Core.Diagnostics;

/// <summary>The kinds of message of one code family (<c>WXR…</c>), with the family's name, for the message catalogue.</summary>
public sealed record MessageFamily(string Prefix, string Name, IReadOnlyList<DiagnosticKind> Kinds)
{
    /// <summary>
    /// The family whose kinds are the public static <see cref="DiagnosticKind"/> properties of the
    /// <paramref name="diagnostics"/> classes, in code order. Every code must start with <paramref name="prefix"/>.
    /// </summary>
    public static MessageFamily Of(string prefix, string name, params Type[] diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var kinds = diagnostics
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Static))
            .Where(p => p.PropertyType == typeof(DiagnosticKind))
            .Select(p => (DiagnosticKind)p.GetValue(null)!)
            .OrderBy(k => k.Code, StringComparer.Ordinal)
            .ToList();
        if (kinds.FirstOrDefault(k => k.Family != prefix) is { } stray)
            throw new ArgumentException($"{stray.Code} is not of the family {prefix}.", nameof(diagnostics));
        return new MessageFamily(prefix, name, kinds);
    }
}

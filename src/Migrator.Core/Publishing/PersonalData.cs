using System.Net;
using System.Text.RegularExpressions;

namespace Migrator.Core.Publishing;

/// <summary>
/// Recognises text that identifies a person: an e-mail address or an IP address (v4 or v6). Used to keep visitors'
/// data out of what a target publishes (docs/privacy.md), and by the tests that sweep outputs for it.
/// </summary>
public static partial class PersonalData
{
    /// <summary>True when <paramref name="text"/> holds an e-mail address or an IP address.</summary>
    public static bool Holds(string? text) => !string.IsNullOrEmpty(text) && (EmailAddress().IsMatch(text) || IpAddresses(text).Any());

    /// <summary>Every e-mail address and IP address in <paramref name="text"/>, in order.</summary>
    public static IEnumerable<string> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match m in EmailAddress().Matches(text))
            yield return m.Value;
        foreach (var address in IpAddresses(text))
            yield return address;
    }

    private static IEnumerable<string> IpAddresses(string text) =>
        IpCandidate().Matches(text).Select(m => m.Value).Where(IsIpAddress);

    // Four dotted numbers each 0-255, or a v6 address with at least two colons that parses: version numbers such as
    // 1.2.3 do not match, and 1.2.3.4 is treated as an address (erring on the side of privacy).
    private static bool IsIpAddress(string candidate) =>
        candidate.Contains(':', StringComparison.Ordinal)
            ? candidate.Count(c => c == ':') >= 2 && IPAddress.TryParse(candidate, out var v6) && v6.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6
            : candidate.Split('.') is { Length: 4 } parts && parts.All(p => p.Length is > 0 and <= 3 && int.TryParse(p, System.Globalization.CultureInfo.InvariantCulture, out var n) && n <= 255);

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailAddress();

    [GeneratedRegex(@"(?<![\w.:])(\d{1,3}(\.\d{1,3}){3}|[0-9A-Fa-f]{0,4}(:[0-9A-Fa-f]{0,4}){2,7})(?![\w.:])", RegexOptions.CultureInvariant)]
    private static partial Regex IpCandidate();
}

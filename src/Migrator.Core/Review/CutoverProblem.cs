using Migrator.Core.Diagnostics;
using Migrator.Core.Reporting;

namespace Migrator.Core.Review;

/// <summary>
/// One thing that breaks at cutover: its message (a <c>CUT…</c> code), the URL that breaks, where it was found (a
/// page's URL or a redirect file) and the audit row of the item it belongs to, when there is one.
/// </summary>
public sealed record CutoverProblem(Diagnostic Diagnostic, string Url, string Where, AuditRow? Row)
{
    public string Code => Diagnostic.Code;
}

/// <summary>The problems found, and how much was looked at.</summary>
public sealed record CutoverFindings(IReadOnlyList<CutoverProblem> Problems, int Pages, int References, int OldUrls, int NewUrls);

using System.Globalization;
using Migrator.Core.Diagnostics;
using Migrator.Core.Markup;
using Migrator.Core.Model;
using Migrator.Core.Publishing;
using Migrator.Core.Reporting;

namespace Migrator.Core.Pipeline;

/// <summary>Builds the audit row of one item from what was read and what the exporter decided.</summary>
public static class AuditRows
{
    public static AuditRow For(SourceItem item, Post? post, ExportPlan plan, IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var row = new AuditRow
        {
            SourceFile = item.Source.File,
            SourceId = item.Source.ItemId ?? "",
            SourceLine = item.Source.Line,
            Warnings = string.Join(' ', diagnostics.Where(d => d.Severity != Severity.Info).Select(d => d.Code).Distinct(StringComparer.Ordinal)),
            Messages = string.Join(" | ", diagnostics.Select(d => $"{d.Code}: {d.Message}")),
        };
        row = item switch
        {
            UnreadableItem u => row with { Type = u.Type, Title = u.Title ?? "" },
            IgnoredItem i => row with { Type = i.Type, Title = i.Title ?? "" },
            InputDamaged => row with { Type = "input" },
            _ => row,
        };
        if (post is not null)
        {
            row = row with
            {
                Type = post.Type,
                Status = post.StatusWord,
                Title = post.Title,
                Slug = post.Slug,
                Date = post.Date?.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture) ?? "",
                OldUrl = post.Link ?? "",
                DsqThreadId = post.Thread is null
                    ? string.Join(' ', post.MetaValues(WordPressMetaKeys.DisqusThreadId).Distinct(StringComparer.Ordinal))
                    : string.Join(' ', post.Thread.ThreadIds),
                DisqusIdentifier = post.Thread?.Identifier ?? "",
            };
        }
        return plan switch
        {
            WritePlan w => row with
            {
                Result = ItemResult.Written,
                NewUrl = w.NewUrl ?? "",
                OutputPath = w.OutputPath,
                Comments = w.CommentsWritten,
                Fidelity = w.Fidelity is null ? "" : Verdict(w.Fidelity.Verdict),
                FidelityNotes = w.Fidelity?.Notes ?? "",
                Reason = w.Note ?? "",
            },
            SkipPlan s => row with { Result = ItemResult.Skipped, Reason = s.Reason },
            FailPlan f => row with { Result = ItemResult.Failed, Reason = $"{f.Error.Code}: {f.Error.Message}" },
            _ => throw new InvalidOperationException($"unknown plan {plan.GetType().Name}"),
        };
    }

    public static string Verdict(FidelityVerdict verdict) => verdict switch
    {
        FidelityVerdict.Exact => "exact",
        FidelityVerdict.TextEqual => "text-equal",
        _ => "changed",
    };
}

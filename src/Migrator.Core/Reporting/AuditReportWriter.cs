using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Migrator.Core.Output;

namespace Migrator.Core.Reporting;

/// <summary>
/// Streams audit rows to a CSV file (invariant culture, <c>,</c>, RFC 4180 quoting, UTF-8 with a byte-order mark, LF).
/// The byte-order mark is what makes Excel read the file as UTF-8 (without it, accented and Chinese titles come out
/// garbled); LibreOffice, CsvHelper and Python's <c>utf-8-sig</c> read it as the encoding mark it is. A cell that starts
/// with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return is written with a leading <c>'</c>, so a
/// spreadsheet shows it as text and never runs it as a formula (<see cref="AuditReportReader"/> removes the mark).
/// The file is written under a temporary name and appears under its own name on <see cref="Complete"/>, so a
/// stopped run never leaves a half-written report.
/// </summary>
public sealed class AuditReportWriter : IDisposable
{
    private readonly AtomicFileWriter _file;
    private readonly CsvWriter _csv;

    public AuditReportWriter(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        _file = new AtomicFileWriter(path);
        _file.Writer.Write(ByteOrderMark);
        _csv = new CsvWriter(_file.Writer, Configuration, leaveOpen: true);
        _csv.Context.RegisterClassMap<AuditRowMap>();
        _csv.WriteHeader<AuditRow>();
        _csv.NextRecord();
    }

    /// <summary>U+FEFF, written first: UTF-8's byte-order mark (EF BB BF).</summary>
    public const char ByteOrderMark = '\uFEFF';

    /// <summary>
    /// The CSV settings: invariant culture and a comma, whatever the machine's culture says; cells that a spreadsheet
    /// would run as a formula get a leading <c>'</c>.
    /// </summary>
    public static CsvConfiguration Configuration { get; } = new(CultureInfo.InvariantCulture)
    {
        Delimiter = ",",
        NewLine = "\n",
        InjectionOptions = InjectionOptions.Escape,
    };

    public int RowsWritten { get; private set; }

    public void Write(AuditRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        _csv.WriteRecord(row);
        _csv.NextRecord();
        RowsWritten++;
    }

    /// <summary>Flushes and moves the report into place.</summary>
    public void Complete()
    {
        _csv.Flush();
        _csv.Dispose();
        _file.Commit();
    }

    public void Dispose()
    {
        _csv.Dispose();
        _file.Dispose();
    }

    /// <summary>Maps properties to snake_case columns and results to lower-case words.</summary>
    private sealed class AuditRowMap : ClassMap<AuditRow>
    {
        public AuditRowMap()
        {
            AutoMap(CultureInfo.InvariantCulture);
            foreach (var member in MemberMaps)
                member.Name(SnakeCase(member.Data.Member!.Name));
            Map(r => r.Result).Convert(args => args.Value.Result.ToString().ToLowerInvariant());
        }
    }

    /// <summary><c>DsqThreadId</c> → <c>dsq_thread_id</c>.</summary>
    public static string SnakeCase(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
                sb.Append('_');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }
}

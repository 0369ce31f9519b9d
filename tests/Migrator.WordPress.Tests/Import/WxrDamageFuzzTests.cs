using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Migrator.Core.Input;
using Migrator.Core.Diagnostics;
using Migrator.Core.Pipeline;
using Migrator.Testing;
using Migrator.WordPress.Import;

namespace Migrator.WordPress.Tests.Import;

/// <summary>
/// The bundled sample export, damaged a few hundred ways (fixed seed): byte flips, truncations, deleted and duplicated
/// end tags. For every damaged file:
/// <list type="number">
/// <item>No exception escapes the importer: <see cref="WxrImporter.Open"/> may refuse the file with an
/// <see cref="InputException"/> (damage in the header can make it something else than WXR), enumerating the items
/// never throws.</item>
/// <item>No item is invented or read twice: on every line, the items yielded there (post, unreadable or ignored) are
/// no more than the <c>&lt;item</c> start tags on that line of the damaged text.</item>
/// <item>Every <c>&lt;item</c> start tag of the damaged text is accounted for: an item was yielded on its line, or the
/// line lies in a failed span, from an unreadable item or a damage row up to the next row yielded (inclusive).</item>
/// <item>Reading resumes: when the damage lies in the item section (not the channel header), every item of the sample
/// that the damage does not touch (its bytes, start tag to end tag, are outside the damaged bytes) is read as a post
/// with its own id, whether it comes before or after the damage.</item>
/// </list>
/// The start tags are counted by a plain text scan, independent of the reader; the sample has none inside CDATA.
/// </summary>
public sealed partial class WxrDamageFuzzTests
{
    private const int Seed = 20240501;
    private const int Mutations = 300;

    private sealed record SampleItem(int Start, int End, long Id);

    private sealed record Mutation(string Kind, byte[] Bytes, int From, int To);

    [Fact]
    public void Damaged_sample_exports_keep_every_undamaged_item_and_account_for_every_item_start_tag()
    {
        var path = Directory.GetFiles(Path.Combine(Corpus.Samples, "wordpress"), "*.xml").Order(StringComparer.Ordinal).First();
        var original = File.ReadAllBytes(path);
        // Latin-1 maps each byte to one character: offsets are byte offsets, and line breaks are the same bytes in UTF-8.
        var text = Encoding.Latin1.GetString(original);
        var items = SampleItems(text);
        Assert.Equal(ItemStartLines(text).Count, items.Count);
        var firstItem = items[0].Start;
        var endTags = EndTag().Matches(text).Select(m => (m.Index, m.Length)).ToList();

        var random = new Random(Seed);
        var problems = new List<string>();
        int refused = 0, intactExpected = 0, intactRead = 0, intactAfterExpected = 0, intactAfterRead = 0;
        using var temp = Corpus.NewTempFolder();
        for (var run = 0; run < Mutations; run++)
        {
            var mutation = Mutate(original, endTags, random);
            var file = temp.Combine($"m{run:D3}.xml");
            File.WriteAllBytes(file, mutation.Bytes);
            var damaged = Encoding.Latin1.GetString(mutation.Bytes);
            var label = $"#{run} {mutation.Kind} at byte {mutation.From}";

            List<SourceItem> read;
            try
            {
                var imported = new WxrImporter().Open([file], new DiagnosticBag());
                try
                {
                    read = [.. imported.Items];
                }
                catch (Exception ex)
                {
                    problems.Add($"{label}: items threw {ex.GetType().Name}: {ex.Message}");
                    continue;
                }
            }
            catch (InputException)
            {
                refused++;
                continue;
            }
            catch (Exception ex)
            {
                problems.Add($"{label}: Open threw {ex.GetType().Name}: {ex.Message}");
                continue;
            }

            var tags = ItemStartLines(damaged).GroupBy(l => l).ToDictionary(g => g.Key, g => g.Count());
            var rows = read.Where(i => i is not InputDamaged).GroupBy(i => i.Source.Line).ToDictionary(g => g.Key, g => g.Count());
            foreach (var (line, count) in rows)
                if (count > tags.GetValueOrDefault(line))
                    problems.Add($"{label}: {count} item(s) yielded at line {line}, which has {tags.GetValueOrDefault(line)} <item start tag(s)");
            foreach (var line in tags.Keys.Where(l => !rows.ContainsKey(l) && !InFailedSpan(read, l)))
                problems.Add($"{label}: the <item> at line {line} is neither yielded nor in a failed span");

            if (mutation.From < firstItem)
                continue;
            var posts = read.OfType<ReadPost>().Select(p => p.Post.Id).ToHashSet();
            foreach (var item in items.Where(i => i.End <= mutation.From || i.Start >= mutation.To))
            {
                var after = item.Start >= mutation.To;
                if (mutation.Kind == "truncation" && after)
                    continue;
                intactExpected++;
                intactAfterExpected += after ? 1 : 0;
                if (posts.Contains(item.Id))
                {
                    intactRead++;
                    intactAfterRead += after ? 1 : 0;
                }
                else
                    problems.Add($"{label}: the undamaged item {item.Id} was not read");
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{Mutations} damaged files, {refused} refused as not WXR; undamaged items read: {intactRead} of {intactExpected}, "
            + $"of which after the damage: {intactAfterRead} of {intactAfterExpected}");
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(30)));
    }

    /// <summary>A row's failed span: from an unreadable item or a damage row to the next row yielded (inclusive), or the end.</summary>
    private static bool InFailedSpan(List<SourceItem> read, int line)
    {
        for (var i = 0; i < read.Count; i++)
        {
            if (read[i] is not (UnreadableItem or InputDamaged))
                continue;
            var next = i + 1 < read.Count ? read[i + 1].Source.Line : int.MaxValue;
            if (line >= read[i].Source.Line && line <= next)
                return true;
        }
        return false;
    }

    private static Mutation Mutate(byte[] original, List<(int Index, int Length)> endTags, Random random)
    {
        var kind = random.Next(10);
        if (kind < 4)
        {
            var at = random.Next(original.Length);
            var bytes = (byte[])original.Clone();
            bytes[at] ^= (byte)(1 << random.Next(8));
            return new Mutation("byte flip", bytes, at, at + 1);
        }
        if (kind < 6)
        {
            var at = random.Next(original.Length);
            return new Mutation("truncation", original[..at], at, original.Length);
        }
        var (index, length) = endTags[random.Next(endTags.Count)];
        var tag = Encoding.Latin1.GetString(original, index, length);
        if (kind < 8)
            return new Mutation($"deleted {tag}", [.. original[..index], .. original[(index + length)..]], index, index + length);
        // The copy is inserted after the tag: the original bytes from index on move by length.
        return new Mutation($"duplicated {tag}", [.. original[..(index + length)], .. original[index..]], index, index + length);
    }

    /// <summary>The items of the sample: where each starts and ends (byte offsets) and its id.</summary>
    private static List<SampleItem> SampleItems(string text)
    {
        var found = new List<SampleItem>();
        var at = 0;
        while ((at = text.IndexOf("<item>", at, StringComparison.Ordinal)) >= 0)
        {
            var end = text.IndexOf("</item>", at, StringComparison.Ordinal) + "</item>".Length;
            var id = long.Parse(PostId().Match(text, at, end - at).Groups[1].Value, CultureInfo.InvariantCulture);
            found.Add(new SampleItem(at, end, id));
            at = end;
        }
        return found;
    }

    /// <summary>The line of every <c>&lt;item</c> start tag (followed by white space, <c>&gt;</c> or <c>/</c>), by a plain scan.</summary>
    private static List<int> ItemStartLines(string text)
    {
        var lines = new List<int>();
        var line = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c == '\n' && (i == 0 || text[i - 1] != '\r')) || c == '\r')
                line++;
            else if (c == '<' && string.CompareOrdinal(text, i, "<item", 0, 5) == 0 && i + 5 < text.Length
                && text[i + 5] is ' ' or '\t' or '\r' or '\n' or '>' or '/')
                lines.Add(line);
        }
        return lines;
    }

    [GeneratedRegex(@"</[A-Za-z_:][-A-Za-z0-9_:.]*>")]
    private static partial Regex EndTag();

    [GeneratedRegex(@"<wp:post_id>(\d+)</wp:post_id>")]
    private static partial Regex PostId();
}

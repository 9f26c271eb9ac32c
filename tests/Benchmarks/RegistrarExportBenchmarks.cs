using BenchmarkDotNet.Attributes;
using Insignia.Host.Persistence.Entities;
using Insignia.Host.Registrar;
using Insignia.Host.Web;
using Insignia.Host.Web.Registrar;
using Microsoft.AspNetCore.Antiforgery;

namespace Insignia.Benchmarks;

/// <summary>
/// The registrar's CSV export (10,000 entries, names with accents, commas and quotes, some starting like formulas)
/// and one page of the list (50 rows, Spanish); one operation is a whole export or one page render.
/// </summary>
[MemoryDiagnoser]
public class RegistrarExportBenchmarks
{
    private const int Entries = 10_000;

    private TranscriptRow[] _rows = null!;
    private RegistrarRequest _spanish = null!;

    [GlobalSetup]
    public void Setup()
    {
        var start = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
        _rows = [.. Enumerable.Range(0, Entries).Select(i => new TranscriptRow
        {
            Entry = new TranscriptEntryEntity
            {
                CredentialId = Guid.CreateVersion7(start.AddMinutes(i)), LearnerId = Guid.NewGuid(), LearnerSisId = $"A{i:000000}",
                DefinitionId = "his200-historia", DefinitionVersion = 1, CredentialName = i % 7 == 0 ? "Historia, \"México\" y más" : "Historia de México",
                CourseKey = "sis/HIS200", Term = "2026-1", Credits = 2.5m, EarnedAt = start.AddMinutes(i), State = (TranscriptEntryState)(i % 5),
                StateChangedAt = start.AddMinutes(i),
            },
            LearnerName = i % 11 == 0 ? "=HYPERLINK(\"x\")" : $"Núñez Peña, Ana {i}",
        })];
        _spanish = new RegistrarRequest(UiLanguage.Spanish, new AntiforgeryTokenSet("request", "cookie", "__csrf", null));
    }

    [Benchmark]
    public long ExportCsv()
    {
        using var output = new StreamWriter(Stream.Null);
        long characters = 0;
        foreach (var line in _rows.Select(TranscriptCsv.Line).Prepend(TranscriptCsv.Line(TranscriptCsv.Header)))
        {
            output.Write(line);
            characters += line.Length;
        }

        output.Flush();
        return characters;
    }

    [Benchmark]
    public int RenderListPage() =>
        RegistrarListPage.Render(_spanish, new TranscriptFilter(), [], new TranscriptPage(_rows[..TranscriptFilter.PageSize], Entries, 1), ([], []), string.Empty).Length;
}

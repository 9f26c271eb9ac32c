using System.Text;
using Insignia.Host.Registrar;

namespace Insignia.Host.Tests.Registrar;

/// <summary>CSV fields (RFC 4180 quoting, formula neutralising) and the export over HTTP (BOM, header, filter).</summary>
public sealed class TranscriptCsvTests : IDisposable
{
    private readonly RegistrarApp _app = new();

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+52 55 1234", "'+52 55 1234")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    public void Field_FormulaStart_PrefixedWithApostrophe(string value, string expected) => Assert.Equal(expected, TranscriptCsv.Field(value));

    [Theory]
    [InlineData("Dice \"hola\"", "\"Dice \"\"hola\"\"\"")]
    [InlineData("López, Ana", "\"López, Ana\"")]
    [InlineData("línea 1\r\nlínea 2", "\"línea 1\r\nlínea 2\"")]
    [InlineData("Núñez Peña", "Núñez Peña")]
    [InlineData("a=b", "a=b")]
    [InlineData(null, "")]
    public void Field_RfcSpecials_QuotedOnlyWhenNeeded(string? value, string expected) => Assert.Equal(expected, TranscriptCsv.Field(value));

    [Fact]
    public async Task Export_Entries_Utf8WithBomHeaderAndEscapedRows()
    {
        var entry = await SyntheticEntries.AddAsync(_app.App, "=cmd|' /C calc'!A0", "S-1", credentialName: "Historia, \"México\" y más");

        using var response = await _app.Driver.Client.GetAsync(new Uri("/registrar/export.csv", UriKind.Relative), TestContext.Current.CancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal(string.Join(',', TranscriptCsv.Header), lines[0]);
        Assert.Equal($"{entry.CredentialId},S-1,'=cmd|' /C calc'!A0,sis/HIS200,2026-1,his200-historia,\"Historia, \"\"México\"\" y más\",2.5,2026-03-15T12:00:00Z,Pending,2026-03-15T12:00:00Z,,,,,", lines[1]);
    }

    [Fact]
    public async Task Export_Filter_OnlyMatchingRows()
    {
        await SyntheticEntries.AddAsync(_app.App, "Ana", "A1");
        await SyntheticEntries.AddAsync(_app.App, "Beto", "B2", state: Insignia.Host.Persistence.Entities.TranscriptEntryState.Rejected);

        var csv = await _app.Driver.GetAsync("/registrar/export.csv?state=rejected");

        Assert.Equal(2, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains(",B2,Beto,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_BadFilter_400Problem()
    {
        using var response = await _app.Driver.Client.GetAsync(new Uri("/registrar/export.csv?to=mañana", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal((System.Net.HttpStatusCode.BadRequest, "application/problem+json"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
    }

    public void Dispose() => _app.Dispose();
}

using System.Text.RegularExpressions;
using Insignia.Host.Persistence.Entities;
using Insignia.Host.Tests.Infrastructure;
using Insignia.Host.Tests.Issuer;

namespace Insignia.Host.Tests.Registrar;

/// <summary>The registrar's queries and transitions on PostgreSQL (search, dates, joins, the verification day counter).</summary>
public sealed partial class PostgresRegistrarTests : IClassFixture<PostgresDatabase>, IDisposable
{
    private readonly PostgresDatabase _database;
    private readonly Lazy<RegistrarApp> _app;

    public PostgresRegistrarTests(PostgresDatabase database)
    {
        _database = database;
        _app = new Lazy<RegistrarApp>(() => new RegistrarApp(database.ConnectionString));
    }

    [Fact]
    public async Task Workflow_OnPostgres_FilterApproveSyncReconcile()
    {
        _database.RequireServer();
        var driver = _app.Value.Driver;
        var entries = await driver.IssueDemoAsync();
        var today = TimeProvider.System.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var found = await driver.GetAsync($"/registrar?learner=L%C3%B3PEZ&from={today}&to={today}&state=pending&course=demo%2FOBP101");
        await driver.ApproveAsync([.. entries.Select(e => e.CredentialId)]);
        await driver.SyncAsync();
        await driver.SyncAsync();
        var report = await driver.GetAsync("/registrar/reconciliation");

        Assert.Equal([entries.Single(e => e.LearnerSisId == "1001").CredentialId.ToString()], [.. EntryRow().Matches(found).Select(m => m.Groups[1].Value)]);
        Assert.All(await driver.EntriesAsync(), e => Assert.Equal(TranscriptEntryState.Synced, e.State));
        Assert.All(_app.Value.Sink.Calls.Values, calls => Assert.Equal(1, calls));
        Assert.Contains("id=\"no-discrepancies\"", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verifications_OnPostgres_CountedPerDay()
    {
        _database.RequireServer();
        var driver = _app.Value.Driver;
        await driver.IssueDemoAsync();
        var credential = (await IssuerApp.CredentialsAsync(_app.Value.App.Services))[0];
        using var content = new StringContent(credential.Json);
        using var verify = await driver.Client.PostAsync(new Uri("/api/v1/verify", UriKind.Relative), content, TestContext.Current.CancellationToken);

        var html = await driver.GetAsync("/registrar/insights?lang=en");

        var table = html[html.IndexOf("<table id=\"verifications-data\">", StringComparison.Ordinal)..];
        Assert.Contains("<td>1</td></tr></tbody></table>", table[..(table.IndexOf("</table>", StringComparison.Ordinal) + 8)], StringComparison.Ordinal);
    }

    [GeneratedRegex("<tr data-entry=\"([0-9a-f-]{36})\"")]
    private static partial Regex EntryRow();

    public void Dispose()
    {
        if (_app.IsValueCreated)
        {
            _app.Value.Dispose();
        }
    }
}

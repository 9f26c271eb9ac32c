using Insignia.Host.Persistence;
using Insignia.Host.Persistence.Entities;
using Insignia.Host.Registrar;
using Insignia.Host.Tests.Issuer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Insignia.Host.Tests.Registrar;

/// <summary>Issued credit-bearing credentials become Pending transcript entries, exactly once.</summary>
public sealed class TranscriptEntryRecorderTests : IDisposable
{
    private readonly RegistrarApp _app = new();

    [Fact]
    public async Task Drain_CreditBearingDemoDefinition_OnePendingEntryPerCredential()
    {
        var entries = await _app.Driver.IssueDemoAsync();

        var credentials = await IssuerApp.CredentialsAsync(_app.App.Services);
        Assert.NotEmpty(credentials);
        Assert.Equal(credentials.Select(c => c.Id).Order(), entries.Select(e => e.CredentialId).Order());
        Assert.All(entries, e => Assert.Equal((TranscriptEntryState.Pending, 1m, "demo/OBP101"), (e.State, e.Credits, e.CourseKey)));
    }

    [Fact]
    public async Task Drain_DemoLearners_SisIdIsTheLearnersIdInTheCourseConnection()
    {
        var entries = await _app.Driver.IssueDemoAsync();

        await using var scope = _app.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InsigniaDbContext>();
        var expected = await db.LearnerIdentities.AsNoTracking().Where(i => i.Source == "demo").ToDictionaryAsync(i => i.LearnerId, i => i.ExternalId, TestContext.Current.CancellationToken);
        Assert.All(entries, e => Assert.Equal(expected[e.LearnerId], e.LearnerSisId));
    }

    [Fact]
    public async Task Drain_RepeatedAfterReevaluation_NoSecondEntry()
    {
        var first = await _app.Driver.IssueDemoAsync();

        var second = await _app.Driver.IssueDemoAsync();

        Assert.Equal(first.Select(e => e.CredentialId), second.Select(e => e.CredentialId));
    }

    [Theory]
    [InlineData("2026-01-01T00:00:00Z", "2026-1")]
    [InlineData("2026-06-30T23:59:59Z", "2026-1")]
    [InlineData("2026-07-01T00:00:00Z", "2026-2")]
    [InlineData("2026-12-31T18:00:00-06:00", "2027-1")]
    public void Term_Date_IsYearAndHalfInUtc(string earned, string term) =>
        Assert.Equal(term, TranscriptEntryRecorder.Term(DateTimeOffset.Parse(earned, System.Globalization.CultureInfo.InvariantCulture)));

    public void Dispose() => _app.Dispose();
}

using System.Text.Json.Nodes;
using Insignia.Core.Criteria;
using Insignia.Host.Issuer;
using Insignia.Host.Persistence;
using Insignia.Host.Tests.Infrastructure;
using Insignia.Testing.Credentials;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Insignia.Host.Tests.Issuer;

public sealed class IssuanceTests : IDisposable
{
    private readonly InsigniaAppFactory _app = IssuerApp.Create();

    [Fact]
    public async Task Drain_DemoCourse_OneCredentialPerMetDecision()
    {
        await IssuerApp.DrainAsync(_app.Services);

        var credentials = await IssuerApp.CredentialsAsync(_app.Services);
        var met = await CountAsync(db => db.Decisions.CountAsync(d => d.Outcome == DecisionOutcome.Met, TestContext.Current.CancellationToken));
        Assert.Equal((met, met), (credentials.Count, credentials.Select(c => (c.LearnerId, c.DefinitionId)).Distinct().Count()));
    }

    [Fact]
    public async Task Evaluate_AgainAfterIssuing_IssuesNothingNew()
    {
        await IssuerApp.DrainAsync(_app.Services);
        var before = (await IssuerApp.CredentialsAsync(_app.Services)).Count;

        await _app.RunCliAsync("evaluate", "--course", "demo/OBP101");
        await IssuerApp.DrainAsync(_app.Services);

        Assert.Equal(before, (await IssuerApp.CredentialsAsync(_app.Services)).Count);
    }

    [Fact]
    public async Task Drain_IssuedCredential_MatchesAchievementCredentialSchema()
    {
        await IssuerApp.DrainAsync(_app.Services);
        var credential = (await IssuerApp.CredentialsAsync(_app.Services))[0];

        Assert.Empty(OpenBadgeSchema.CredentialErrors(JsonNode.Parse(credential.Json)!));
    }

    [Fact]
    public async Task Check_IssuedCredential_VerifiesAgainstLocalDidWeb()
    {
        await IssuerApp.DrainAsync(_app.Services);
        var credential = (await IssuerApp.CredentialsAsync(_app.Services))[0];

        var report = await CheckAsync(credential.Json);

        Assert.Equal((true, CredentialChecker.StatusValid), (report.Verified, report.Status));
    }

    [Fact]
    public async Task Check_TamperedCredential_FailsProofCheck()
    {
        await IssuerApp.DrainAsync(_app.Services);
        var json = JsonNode.Parse((await IssuerApp.CredentialsAsync(_app.Services))[0].Json)!;
        json["credentialSubject"]!["creditsEarned"] = 99;

        var report = await CheckAsync(json.ToJsonString());

        Assert.Equal("invalid_signature", report.Checks.Single(c => c.Name == "proof").Code);
    }

    [Fact]
    public async Task Check_Jwt_VerifiesWithRsaKey()
    {
        using var app = IssuerApp.Create(issueJwt: true);
        await IssuerApp.DrainAsync(app.Services);
        var credential = (await IssuerApp.CredentialsAsync(app.Services))[0];

        await using var scope = app.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<CredentialChecker>().CheckAsync(credential.Jwt!, TestContext.Current.CancellationToken);

        Assert.Equal((true, "VC-JWT", "RS256"), (report.Verified, report.ProofType, report.Cryptosuite));
    }

    [Fact]
    public async Task Drain_StoredRuleFailsAttendanceGuard_RefusesRowsWithoutCredentials()
    {
        var participationOnly = Demo.DemoCourse.DefinitionJson // stored behind the validator's back: only the issuer's re-check stands
            .Replace("\"score\": { \"activity\"", "\"completion\": { \"activity\"", StringComparison.Ordinal)
            .Replace("\"min\": 0.5", "\"state\": \"complete\"", StringComparison.Ordinal)
            .Replace("\"state\": \"passed\"", "\"state\": \"complete\"", StringComparison.Ordinal);
        await CountAsync(db => db.Definitions.ExecuteUpdateAsync(s => s.SetProperty(d => d.Json, participationOnly), TestContext.Current.CancellationToken));

        await IssuerApp.DrainAsync(_app.Services);

        var outbox = await CountAsync(db => db.IssuanceOutbox.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(
            (0, true),
            ((await IssuerApp.CredentialsAsync(_app.Services)).Count,
             outbox.Count > 0 && outbox.All(o => o.State == Host.Persistence.Entities.IssuanceState.Refused && o.LastError!.StartsWith("Attendance guard: ", StringComparison.Ordinal))));
    }

    private async Task<VerificationReport> CheckAsync(string text)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CredentialChecker>().CheckAsync(text, TestContext.Current.CancellationToken);
    }

    private async Task<T> CountAsync<T>(Func<InsigniaDbContext, Task<T>> query)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<InsigniaDbContext>());
    }

    public void Dispose() => _app.Dispose();
}

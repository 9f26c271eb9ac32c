using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Insignia.Core.Status;
using Insignia.Host.Issuer;
using Insignia.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Insignia.Host.Tests.Issuer;

public sealed class RevocationTests : IDisposable
{
    private readonly InsigniaAppFactory _app = IssuerApp.Create();

    [Fact]
    public async Task RevokeCli_IssuedCredential_VerificationReportsRevoked()
    {
        var credential = await IssueAsync();

        var cli = await _app.RunCliAsync("credential", "revoke", credential.Id.ToString(), "--reason", "Error de captura");
        await using var scope = _app.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<CredentialChecker>().CheckAsync(credential.Json, TestContext.Current.CancellationToken);

        Assert.Equal((0, false, CredentialChecker.StatusRevoked), (cli.ExitCode, report.Verified, report.Status));
    }

    [Fact]
    public async Task RevokeCli_Twice_SecondIsRefused()
    {
        var credential = await IssueAsync();
        await _app.RunCliAsync("credential", "revoke", credential.Id.ToString(), "--reason", "uno");

        var second = await _app.RunCliAsync("credential", "revoke", credential.Id.ToString(), "--reason", "dos");

        Assert.Equal((1, true), (second.ExitCode, second.Error.Contains(RevocationResult.AlreadyRevoked, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RevokeCli_UnknownId_Refused()
    {
        var result = await _app.RunCliAsync("credential", "revoke", Guid.NewGuid().ToString(), "--reason", "x");

        Assert.Equal((1, true), (result.ExitCode, result.Error.Contains(RevocationResult.NotFound, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task StatusList_AfterRevokeApi_BitIsSetAndListVerifies()
    {
        var credential = await IssueAsync();
        var client = _app.CreateClient();
        var revoke = await client.PostAsJsonAsync(new Uri($"/api/v1/credentials/{credential.Id}/revoke", UriKind.Relative), new { reason = "Plagio" }, TestContext.Current.CancellationToken);
        revoke.EnsureSuccessStatusCode();

        var listText = await client.GetStringAsync(new Uri($"/status/{credential.StatusList}", UriKind.Relative), TestContext.Current.CancellationToken);
        var encoded = (string)JsonNode.Parse(listText)!["credentialSubject"]!["encodedList"]!;
        await using var scope = _app.Services.CreateAsyncScope();
        var listReport = await scope.ServiceProvider.GetRequiredService<CredentialChecker>().CheckAsync(listText, TestContext.Current.CancellationToken);

        Assert.Equal((true, true), (BitstringStatusList.Read(BitstringStatusList.Decode(encoded).Bits!, credential.StatusIndex) == 1, listReport.Checks.Single(c => c.Name == "proof").Passed));
    }

    [Fact]
    public async Task RevocationList_AfterRevoke_ListsIdAndReason()
    {
        var credential = await IssueAsync();
        await _app.RunCliAsync("credential", "revoke", credential.Id.ToString(), "--reason", "Plagio");

        var list = JsonNode.Parse(await _app.CreateClient().GetStringAsync(new Uri("/status/revocations", UriKind.Relative), TestContext.Current.CancellationToken))!;

        var entry = list["revokedCredentials"]![0]!;
        Assert.Equal(($"{IssuerApp.BaseUrl}credentials/{credential.Id}", "Plagio"), ((string?)entry["id"], (string?)entry["revocationReason"]));
    }

    private async Task<Insignia.Host.Persistence.Entities.CredentialEntity> IssueAsync()
    {
        await IssuerApp.DrainAsync(_app.Services);
        return (await IssuerApp.CredentialsAsync(_app.Services))[0];
    }

    public void Dispose() => _app.Dispose();
}

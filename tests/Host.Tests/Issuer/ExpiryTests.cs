using Insignia.Host.Issuer;
using Insignia.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Insignia.Host.Tests.Issuer;

/// <summary>The demo definition is valid for two years (P2Y): past that, verification reports the credential expired.</summary>
public sealed class ExpiryTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-06-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly InsigniaAppFactory _factory = IssuerApp.Create();
    private readonly WebApplicationFactory<Program> _app;

    public ExpiryTests()
    {
        _app = _factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(_time))));
    }

    [Fact]
    public async Task Check_AfterValidityPeriod_ReportsExpired()
    {
        await IssuerApp.DrainAsync(_app.Services);
        var credential = (await IssuerApp.CredentialsAsync(_app.Services))[0];
        _time.Advance(TimeSpan.FromDays(2 * 366));

        await using var scope = _app.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<CredentialChecker>().CheckAsync(credential.Json, TestContext.Current.CancellationToken);

        Assert.Equal((false, CredentialChecker.StatusExpired, "expired"), (report.Verified, report.Status, report.Checks.Single(c => c.Name == "validity_period").Code));
    }

    public void Dispose()
    {
        _app.Dispose();
        _factory.Dispose();
    }
}

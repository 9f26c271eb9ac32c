using System.Collections.Concurrent;
using Insignia.Host.Issuer;
using Insignia.Host.Tests.Infrastructure;
using Insignia.Host.Tests.Issuer;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Insignia.Host.Tests.Lti.Advantage;

/// <summary>The issuer tells its sinks (the badge-score queue among them) about every stored credential, once.</summary>
public sealed class IssuanceAnnouncementTests : IAsyncDisposable
{
    private readonly InsigniaAppFactory _factory = IssuerApp.Create();

    [Fact]
    public async Task RunOnce_CredentialsStored_EachAnnouncedOnceWithItsCourse()
    {
        var recorder = new RecordingSink();
        await using var app = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ICredentialIssuedSink>(recorder)));

        await IssuerApp.DrainAsync(app.Services);
        await IssuerApp.DrainAsync(app.Services);

        var credentials = await IssuerApp.CredentialsAsync(app.Services);
        Assert.NotEmpty(credentials);
        Assert.Equal(
            credentials.Select(c => (c.LearnerId, c.DefinitionId, "demo/OBP101")).Order().ToList(),
            recorder.Notices.Select(n => (n.LearnerId, n.DefinitionId, n.CourseKey)).Order().ToList());
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    private sealed class RecordingSink : ICredentialIssuedSink
    {
        public ConcurrentQueue<IssuedCredentialNotice> Notices { get; } = new();

        public void Issued(IssuedCredentialNotice notice) => Notices.Enqueue(notice);
    }
}

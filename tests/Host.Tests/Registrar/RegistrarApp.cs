using Insignia.Core.Ports;
using Insignia.Host.Tests.Infrastructure;
using Insignia.Host.Tests.Issuer;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Insignia.Host.Tests.Registrar;

/// <summary>The host with the issuance worker off (tests drain the outbox) and a counting SIS sink.</summary>
internal sealed class RegistrarApp : IDisposable
{
    public RegistrarApp(string? connectionString = null)
    {
        Factory = new InsigniaAppFactory { ConnectionString = connectionString };
        Factory.Settings["Insignia:Issuance:Workers"] = "0";
        Factory.Settings["Insignia:Issuer:BaseUrl"] = IssuerApp.BaseUrl;
        Factory.Settings["Insignia:Issuer:IssueJwt"] = "false";
        App = Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ITranscriptSink>(Sink)));
        Driver = new RegistrarDriver(App);
    }

    public InsigniaAppFactory Factory { get; }

    public WebApplicationFactory<Program> App { get; }

    public CountingTranscriptSink Sink { get; } = new();

    public RegistrarDriver Driver { get; }

    public void Dispose()
    {
        Driver.Client.Dispose();
        App.Dispose();
        Factory.Dispose();
    }
}

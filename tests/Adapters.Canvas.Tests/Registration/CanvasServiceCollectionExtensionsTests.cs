using Insignia.Adapters.Canvas.Tests.Infrastructure;
using Insignia.Core.Ports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Insignia.Adapters.Canvas.Tests.Registration;

public sealed class CanvasServiceCollectionExtensionsTests : IClassFixture<CanvasServerFixture>
{
    private readonly CanvasServerFixture _canvas;

    public CanvasServiceCollectionExtensionsTests(CanvasServerFixture canvas)
    {
        _canvas = canvas;
        _canvas.Reset();
        _canvas.ServeCourse();
    }

    [Fact]
    public void AddCanvasAdapter_Called_RegistersEveryPortUnderCanvasKey()
    {
        using var provider = Build(Configuration());
        using var scope = provider.CreateScope();

        Assert.NotNull(scope.ServiceProvider.GetKeyedService<IEvidenceSource>(PlatformKind.Canvas));
        Assert.NotNull(scope.ServiceProvider.GetKeyedService<ICatalogSource>(PlatformKind.Canvas));
        Assert.NotNull(scope.ServiceProvider.GetKeyedService<IRosterSource>(PlatformKind.Canvas));
        Assert.NotNull(scope.ServiceProvider.GetKeyedService<IConnectionProbe>(PlatformKind.Canvas));
    }

    [Fact]
    public void AddCanvasAdapter_CalledTwice_AddsServicesOnce()
    {
        var once = new ServiceCollection().AddCanvasAdapter(Configuration()).Count;

        var twice = new ServiceCollection().AddCanvasAdapter(Configuration()).AddCanvasAdapter(Configuration()).Count;

        Assert.Equal(once, twice);
    }

    [Fact]
    public async Task AddCanvasAdapter_CalledTwice_SendsOneAuthorizationHeaderAndOneRequestPerCall()
    {
        var services = new ServiceCollection().AddLogging().AddSingleton<ISecretStore, InMemorySecretStore>();
        services.AddCanvasAdapter(Configuration()).AddCanvasAdapter(Configuration());
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<ISecretStore>().SetAsync("ref", "tok", TestContext.Current.CancellationToken);
        var probe = provider.GetRequiredKeyedService<IConnectionProbe>(PlatformKind.Canvas);

        await probe.ProbeAsync(new SourceConnection("c", PlatformKind.Canvas, new Uri(_canvas.Url)) { SecretReference = "ref" }, TestContext.Current.CancellationToken);

        var self = Assert.Single(_canvas.RequestsTo("/api/v1/users/self"));
        Assert.Equal("Bearer tok", self.RequestMessage.Headers!["Authorization"].ToString());
    }

    [Fact]
    public async Task AddCanvasAdapter_PageSizeAboveCanvasMaximum_FailsAtStart()
    {
        var configuration = Configuration(("PageSize", "500"));
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<ISecretStore, InMemorySecretStore>().AddCanvasAdapter(configuration);
        using var host = builder.Build();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("PageSize", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCanvasAdapter_AttemptTimeoutLongerThanTotal_IsRefused()
    {
        using var provider = Build(Configuration(("AttemptTimeout", "00:02:00"), ("TotalRequestTimeout", "00:01:00")));

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<Configuration.CanvasAdapterOptions>>().Value);

        Assert.Contains("AttemptTimeout", failure.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(IConfiguration configuration) =>
        new ServiceCollection().AddLogging().AddSingleton<ISecretStore, InMemorySecretStore>().AddCanvasAdapter(configuration).BuildServiceProvider();

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["AllowInsecureHttp"] = "true" })
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();
}

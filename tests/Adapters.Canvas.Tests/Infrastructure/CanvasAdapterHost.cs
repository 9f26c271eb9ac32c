using Insignia.Core.Courses;
using Insignia.Core.Ports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Insignia.Adapters.Canvas.Tests.Infrastructure;

/// <summary>The Canvas adapter registered as the Host would, against a <see cref="CanvasServerFixture"/>.</summary>
internal sealed class CanvasAdapterHost : IAsyncDisposable
{
    public const string Token = "test-token-7~abc";
    public const string SecretReference = "canvas-test-token";

    private readonly ServiceProvider _provider;
    private readonly AsyncServiceScope _scope;

    public CanvasAdapterHost(string baseUrl, IDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["AllowInsecureHttp"] = "true",
            ["RetryBaseDelay"] = "00:00:00.010",
            ["RateLimitLeakPerSecond"] = "100000",
            ["MaxRetryAttempts"] = "4",
            ["AttemptTimeout"] = "00:00:10",
            ["CircuitBreakerMinimumThroughput"] = "100",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<ISecretStore>(Secrets);
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddCanvasAdapter(configuration);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        _scope = _provider.CreateAsyncScope();
        Secrets.SetAsync(SecretReference, Token, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        Connection = new SourceConnection("canvas-test", PlatformKind.Canvas, new Uri(baseUrl)) { SecretReference = SecretReference };
    }

    public InMemorySecretStore Secrets { get; } = new();

    public SourceConnection Connection { get; set; }

    public CourseContext Course => new(Connection.Name, CanvasServerFixture.CourseId);

    public IServiceProvider Services => _scope.ServiceProvider;

    public IEvidenceSource Evidence => Services.GetRequiredKeyedService<IEvidenceSource>(PlatformKind.Canvas);

    public ICatalogSource Catalog => Services.GetRequiredKeyedService<ICatalogSource>(PlatformKind.Canvas);

    public IRosterSource Roster => Services.GetRequiredKeyedService<IRosterSource>(PlatformKind.Canvas);

    public IConnectionProbe Probe => Services.GetRequiredKeyedService<IConnectionProbe>(PlatformKind.Canvas);

    public async Task<List<EvidencePage>> SyncAsync(SyncCursor cursor, CancellationToken cancellationToken)
    {
        List<EvidencePage> pages = [];
        await foreach (var page in Evidence.ReadSinceAsync(Connection, Course, cursor, cancellationToken))
        {
            pages.Add(page);
        }

        return pages;
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _provider.DisposeAsync();
    }
}

using Insignia.Core.Ports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Insignia.Adapters.Moodle.Tests;

public sealed class MoodleAdapterRegistrationTests
{
    [Fact]
    public void AddMoodleAdapter_CalledTwice_RegistersEverythingOnce()
    {
        var once = Register(1);
        var twice = Register(2);

        Assert.Equal(once.Count, twice.Count);
    }

    [Fact]
    public void AddMoodleAdapter_Registered_ResolvesAllFourPortsByMoodleKey()
    {
        using var provider = Provider([]);
        using var scope = provider.CreateScope();

        Assert.NotNull(scope.ServiceProvider.GetRequiredKeyedService<IEvidenceSource>(PlatformKind.Moodle));
        Assert.NotNull(scope.ServiceProvider.GetRequiredKeyedService<ICatalogSource>(PlatformKind.Moodle));
        Assert.NotNull(scope.ServiceProvider.GetRequiredKeyedService<IRosterSource>(PlatformKind.Moodle));
        Assert.NotNull(scope.ServiceProvider.GetRequiredKeyedService<IConnectionProbe>(PlatformKind.Moodle));
    }

    [Theory]
    [InlineData("MaxConcurrencyPerSite", "0")]
    [InlineData("PageSize", "1")]
    [InlineData("AttemptTimeout", "00:05:00")]
    public void AddMoodleAdapter_InvalidOptions_FailsValidation(string key, string value)
    {
        using var provider = Provider(new() { [key] = value });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<MoodleAdapterOptions>>().Value);
    }

    [Fact]
    public void AddMoodleAdapter_BoundSection_ReadsOptions()
    {
        using var provider = Provider(new() { ["MaxConcurrencyPerSite"] = "6" });

        Assert.Equal(6, provider.GetRequiredService<IOptions<MoodleAdapterOptions>>().Value.MaxConcurrencyPerSite);
    }

    private static List<ServiceDescriptor> Register(int times)
    {
        var services = new ServiceCollection();
        var section = new ConfigurationBuilder().Build().GetSection(MoodleAdapterOptions.SectionName);
        for (var i = 0; i < times; i++)
        {
            services.AddMoodleAdapter(section);
        }

        return [.. services];
    }

    private static ServiceProvider Provider(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(values.ToDictionary(kv => MoodleAdapterOptions.SectionName + ":" + kv.Key, kv => kv.Value))
            .Build();
        var services = new ServiceCollection();
        services.AddScoped<ISecretStore, InMemorySecretStore>(); // a database-backed store is scoped
        services.AddMoodleAdapter(configuration.GetSection(MoodleAdapterOptions.SectionName));
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}

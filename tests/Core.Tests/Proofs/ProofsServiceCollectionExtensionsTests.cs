using Insignia.Core.Proofs;
using Insignia.Core.Proofs.Jwt;
using Microsoft.Extensions.DependencyInjection;

namespace Insignia.Core.Tests.Proofs;

public sealed class ProofsServiceCollectionExtensionsTests
{
    [Fact]
    public void AddInsigniaProofs_CalledTwice_RegistersEachServiceOnce()
    {
        var services = new ServiceCollection();

        services.AddInsigniaProofs().AddInsigniaProofs();

        Assert.All(services.GroupBy(d => d.ServiceType), group => Assert.Single(group));
    }

    [Fact]
    public void AddInsigniaProofs_HostClock_IsKept()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var services = new ServiceCollection().AddSingleton<TimeProvider>(clock);

        services.AddInsigniaProofs();

        Assert.Same(clock, Assert.Single(services, d => d.ServiceType == typeof(TimeProvider)).ImplementationInstance);
    }

    [Theory]
    [InlineData(typeof(EddsaRdfc2022Signer))]
    [InlineData(typeof(DataIntegrityVerifier))]
    [InlineData(typeof(VcJwtSigner))]
    [InlineData(typeof(VcJwtVerifier))]
    [InlineData(typeof(CredentialVerifier))]
    public void AddInsigniaProofs_Services_AreSingletons(Type serviceType)
    {
        var services = new ServiceCollection().AddInsigniaProofs();

        Assert.Equal(ServiceLifetime.Singleton, Assert.Single(services, d => d.ServiceType == serviceType).Lifetime);
    }
}

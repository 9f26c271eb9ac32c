namespace Insignia.Host.Tests.Lti.Infrastructure;

[CollectionDefinition(Name)]
public sealed class LtiHostCollection : ICollectionFixture<LtiHostFixture>
{
    public const string Name = "LTI host";
}

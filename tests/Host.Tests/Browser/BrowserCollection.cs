namespace Insignia.Host.Tests.Browser;

/// <summary>The browser tests share one host (Kestrel on 127.0.0.1) and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserHost>
{
    public const string Name = "Browser";
}

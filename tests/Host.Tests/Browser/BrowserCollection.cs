namespace Insignia.Host.Tests.Browser;

/// <summary>
/// The browser tests share one host (Kestrel on 127.0.0.1) and run one after another, and not beside the other test
/// classes: a whole LTI launch (five navigations with JIT-cold pages) on a CI machine busy with parallel tests could
/// otherwise outrun the navigation timeout.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection : ICollectionFixture<BrowserHost>
{
    public const string Name = "Browser";
}

using Insignia.Core.Linked;
using Insignia.Core.Linked.JsonLd;

namespace Insignia.Core.Tests.Linked;

public sealed class ContextProcessorTests
{
    private const string CredentialsV2 = "https://www.w3.org/ns/credentials/v2";
    private const string OpenBadges303 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    [Fact]
    public void Process_SameContextUrlsTwice_ReturnsTheCachedContext()
    {
        var processor = new ContextProcessor(StaticDocumentLoader.Instance, 32);
        var initial = new ActiveContext(null, JsonLdProcessingMode.JsonLd11);
        var first = processor.Process(initial, new List<object?> { CredentialsV2, OpenBadges303 }, null);

        var second = processor.Process(initial, new List<object?> { CredentialsV2, OpenBadges303 }, null);

        Assert.Same(first, second);
    }

    [Fact]
    public void Process_SameContextUrlsTwice_LoadsEachDocumentOnce()
    {
        var loader = new CountingLoader();
        var processor = new ContextProcessor(loader, 32);
        var initial = new ActiveContext(null, JsonLdProcessingMode.JsonLd11);
        processor.Process(initial, OpenBadges303, null);

        processor.Process(initial, OpenBadges303, null);

        Assert.Equal(1, loader.Loads);
    }

    [Fact]
    public void Process_ProtectedTermRedefinedByLaterContext_Throws()
    {
        var processor = new ContextProcessor(StaticDocumentLoader.Instance, 32);
        var initial = new ActiveContext(null, JsonLdProcessingMode.JsonLd11);
        var redefinition = new Dictionary<string, object?> { ["VerifiableCredential"] = "https://evil.example/VC" };

        var exception = Assert.Throws<JsonLdException>(() => processor.Process(initial, new List<object?> { CredentialsV2, redefinition }, null));

        Assert.Equal("protected term redefinition", exception.SpecCode);
    }

    private sealed class CountingLoader : IJsonLdDocumentLoader
    {
        public int Loads { get; private set; }

        public RemoteDocument Load(string url)
        {
            Loads++;
            return StaticDocumentLoader.Instance.Load(url);
        }
    }
}

using Insignia.Core.Linked.JsonLd;

namespace Insignia.Core.Tests.Linked;

public sealed class IriResolverTests
{
    private const string Base = "http://a/b/c/d;p?q";

    // RFC 3986 section 5.4 examples.
    [Theory]
    [InlineData("g:h", "g:h")]
    [InlineData("g", "http://a/b/c/g")]
    [InlineData("./g", "http://a/b/c/g")]
    [InlineData("g/", "http://a/b/c/g/")]
    [InlineData("/g", "http://a/g")]
    [InlineData("//g", "http://g")]
    [InlineData("?y", "http://a/b/c/d;p?y")]
    [InlineData("#s", "http://a/b/c/d;p?q#s")]
    [InlineData("", "http://a/b/c/d;p?q")]
    [InlineData("..", "http://a/b/")]
    [InlineData("../..", "http://a/")]
    [InlineData("../../../g", "http://a/g")]
    [InlineData("/./g", "http://a/g")]
    [InlineData("g.", "http://a/b/c/g.")]
    [InlineData("..g", "http://a/b/c/..g")]
    [InlineData("./g/.", "http://a/b/c/g/")]
    [InlineData("g/../h", "http://a/b/c/h")]
    [InlineData("g;x=1/../y", "http://a/b/c/y")]
    [InlineData("g#s/../x", "http://a/b/c/g#s/../x")]
    public void Resolve_Rfc3986Example_GivesExpectedIri(string reference, string expected) =>
        Assert.Equal(expected, IriResolver.Resolve(Base, reference));

    [Fact]
    public void Resolve_NoBase_ReturnsReferenceUnchanged() =>
        Assert.Equal("relative/path", IriResolver.Resolve(null, "relative/path"));

    [Theory]
    [InlineData("urn:uuid:1234", true)]
    [InlineData("did:example:123#key-1", true)]
    [InlineData("http://example.com/a b", false)]
    [InlineData("http://example.com/a#b#c", false)]
    [InlineData("relative", false)]
    [InlineData("_:b0", false)]
    public void IsWellFormedAbsolute_Value_ClassifiesIri(string value, bool expected) =>
        Assert.Equal(expected, IriResolver.IsWellFormedAbsolute(value));
}

using System.Text.Json.Nodes;
using Insignia.Core.Linked;

namespace Insignia.Core.Tests.Linked;

public sealed class DroppedTermsTests
{
    private const string Vector = "ob3/test-vectors/obv3p0";

    [Fact]
    public void FindDroppedTerms_PublishedCredential_FindsNothing()
    {
        var dropped = LinkedDataCanonicalizer.FindDroppedTerms(CredentialVectors.UnsignedCredential(Vector));

        Assert.Empty(dropped);
    }

    [Fact]
    public void FindDroppedTerms_UndefinedProperty_ReportsIt()
    {
        var credential = CredentialVectors.UnsignedCredential(Vector);
        credential["credentialSubject"]!["favouriteColour"] = "green";

        var dropped = LinkedDataCanonicalizer.FindDroppedTerms(credential);

        Assert.Equal("favouriteColour", Assert.Single(dropped).Term);
    }

    [Fact]
    public void FindDroppedTerms_UndefinedType_ReportsIt()
    {
        var credential = CredentialVectors.UnsignedCredential(Vector);
        credential["credentialSubject"]!["achievement"]!["type"] = new JsonArray("Achievement", "MadeUpType");

        var dropped = LinkedDataCanonicalizer.FindDroppedTerms(credential);

        Assert.Equal("MadeUpType", Assert.Single(dropped).Term);
    }

    [Fact]
    public void FindDroppedTerms_RelativeIdentifier_ReportsIt()
    {
        var credential = CredentialVectors.UnsignedCredential(Vector);
        credential["id"] = "credentials/3527";

        var dropped = LinkedDataCanonicalizer.FindDroppedTerms(credential);

        Assert.Equal("credentials/3527", Assert.Single(dropped).Term);
    }

    [Fact]
    public void FindDroppedTerms_KeywordLikeKey_ReportsIt()
    {
        var credential = CredentialVectors.UnsignedCredential(Vector);
        credential["@comment"] = "not a keyword";

        var dropped = LinkedDataCanonicalizer.FindDroppedTerms(credential);

        Assert.Equal("@comment", Assert.Single(dropped).Term);
    }

    [Fact]
    public void FindDroppedTerms_MalformedLanguageTag_ReportsIt()
    {
        var credential = CredentialVectors.UnsignedCredential(Vector);
        credential["credentialSubject"]!["https://schema.org/description"] = JsonNode.Parse("""{"@value": "Insignia de programación", "@language": "es_ES"}""");

        var dropped = LinkedDataCanonicalizer.FindDroppedTerms(credential);

        Assert.Equal("es_ES", Assert.Single(dropped).Term);
    }

    [Fact]
    public void FindDroppedTerms_WellFormedLanguageTag_FindsNothing()
    {
        var credential = CredentialVectors.UnsignedCredential(Vector);
        credential["credentialSubject"]!["https://schema.org/description"] = JsonNode.Parse("""{"@value": "Insignia de programación", "@language": "es-ES"}""");

        var dropped = LinkedDataCanonicalizer.FindDroppedTerms(credential);

        Assert.Empty(dropped);
    }

    [Fact]
    public void FindDroppedTerms_AbsoluteIriProperty_FindsNothing()
    {
        var credential = CredentialVectors.UnsignedCredential(Vector);
        credential["credentialSubject"]!["https://example.org/vocab#colour"] = "green";

        var dropped = LinkedDataCanonicalizer.FindDroppedTerms(credential);

        Assert.Empty(dropped);
    }

    [Fact]
    public void Canonicalize_UndefinedProperty_ThrowsDroppedTermNamingIt()
    {
        var credential = CredentialVectors.UnsignedCredential(Vector);
        credential["credentialSubject"]!["favouriteColour"] = "green";

        var exception = Assert.Throws<JsonLdException>(() => LinkedDataCanonicalizer.Canonicalize(credential, TestContext.Current.CancellationToken));

        Assert.Equal(JsonLdErrorCode.DroppedTerm, exception.Code);
        Assert.Contains("favouriteColour", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CanonicalizeToNQuads_UndefinedPropertyWithoutSafeMode_DropsItSilently()
    {
        var credential = CredentialVectors.UnsignedCredential(Vector);
        credential["credentialSubject"]!["favouriteColour"] = "green";

        var canonical = LinkedDataCanonicalizer.CanonicalizeToNQuads(credential, null, null, TestContext.Current.CancellationToken);

        Assert.Equal(CredentialVectors.Text(Vector, "document-canon.txt"), canonical);
    }
}

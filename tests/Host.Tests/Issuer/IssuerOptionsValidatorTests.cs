using Insignia.Host.Issuer;

namespace Insignia.Host.Tests.Issuer;

public sealed class IssuerOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeeds()
    {
        Assert.True(new IssuerOptionsValidator().Validate(null, new IssuerOptions()).Succeeded);
    }

    [Fact]
    public void Validate_HttpBaseUrl_Fails()
    {
        var result = new IssuerOptionsValidator().Validate(null, new IssuerOptions { BaseUrl = new Uri("http://insignia.example.edu/") });

        Assert.Contains("https", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/")]
    [InlineData("http://localhost:5000/")]
    public void Validate_LoopbackHttpBaseUrl_SucceedsForTheEmbeddedHost(string baseUrl)
    {
        Assert.True(new IssuerOptionsValidator().Validate(null, new IssuerOptions { BaseUrl = new Uri(baseUrl) }).Succeeded);
    }

    [Fact]
    public void Validate_IdentifierWithoutType_Fails()
    {
        var options = new IssuerOptions();
        options.OtherIdentifiers.Add(new IssuerIdentifierOptions { Identifier = "09MSU0001Z", IdentifierType = " " });

        Assert.False(new IssuerOptionsValidator().Validate(null, options).Succeeded);
    }
}

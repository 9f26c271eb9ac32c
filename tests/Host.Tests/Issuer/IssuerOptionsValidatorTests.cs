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

    [Fact]
    public void Validate_IdentifierWithoutType_Fails()
    {
        var options = new IssuerOptions();
        options.OtherIdentifiers.Add(new IssuerIdentifierOptions { Identifier = "09MSU0001Z", IdentifierType = " " });

        Assert.False(new IssuerOptionsValidator().Validate(null, options).Succeeded);
    }
}

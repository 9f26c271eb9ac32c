namespace Insignia.Host.Issuer;

/// <summary>One OB 3.0 IdentifierEntry of the issuer.</summary>
internal sealed class IssuerIdentifierOptions
{
    public string Identifier { get; set; } = string.Empty;

    public string IdentifierType { get; set; } = "identifier";
}

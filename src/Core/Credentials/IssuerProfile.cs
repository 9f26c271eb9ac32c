namespace Insignia.Core.Credentials;

/// <summary>An issuer as OB 3.0 describes it. <see cref="Id"/> is the issuer's DID (did:web), which controls its keys.</summary>
internal sealed record IssuerProfile(string Id, string Name, Uri Url)
{
    public string? Email { get; init; }

    public Uri? Image { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<IssuerIdentifier> OtherIdentifiers { get; init; } = [];
}

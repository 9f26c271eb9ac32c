namespace Insignia.Core.Credentials;

/// <summary>
/// Who the credential is about. With a DID the subject is the DID; otherwise the email is hashed with
/// <see cref="Salt"/>, and name or email appear in clear only when the issuer turns that on.
/// </summary>
internal sealed record CredentialRecipient(string Salt)
{
    public string? Did { get; init; }

    public string? Email { get; init; }

    public string? DisplayName { get; init; }
}

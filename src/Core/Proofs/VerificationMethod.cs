namespace Insignia.Core.Proofs;

/// <summary>A resolved verification method: the key, and whether its controller lets it make assertions.</summary>
/// <param name="Id">The verification method URL.</param>
/// <param name="Type">Its type: <c>Multikey</c>, <c>Ed25519VerificationKey2020</c>, <c>JsonWebKey</c> or a bare JWK.</param>
/// <param name="Controller">
/// The id of the controller document the method was found in (verified by where it was fetched), or
/// <see langword="null"/> for a method published on its own.
/// </param>
/// <param name="Key">The public key.</param>
/// <param name="AuthorizedForAssertion">
/// <see langword="true"/> when the controller document lists it under <c>assertionMethod</c>, or it was published alone.
/// </param>
internal sealed record VerificationMethod(string Id, string Type, string? Controller, VerificationKey Key, bool AuthorizedForAssertion);

namespace Insignia.Core.Credentials;

/// <summary>An OB 3.0 IdentifierEntry, e.g. a SEP/DGP institution key with identifierType "ext:SEPInstitutionKey".</summary>
internal sealed record IssuerIdentifier(string Identifier, string IdentifierType);

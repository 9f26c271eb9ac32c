namespace Insignia.Host.Issuer;

/// <summary>Hears about credentials once they are stored. Must return at once and never throw: issuance does not wait.</summary>
internal interface ICredentialIssuedSink
{
    void Issued(IssuedCredentialNotice notice);
}

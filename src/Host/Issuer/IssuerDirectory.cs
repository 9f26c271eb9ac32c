using Insignia.Core.Credentials;
using Microsoft.Extensions.Options;

namespace Insignia.Host.Issuer;

/// <summary>The configured issuer: its profile, its did:web identifiers and the public URLs this host serves.</summary>
internal sealed class IssuerDirectory
{
    private readonly IssuerOptions _options;
    private volatile IssuerProfile _profile;

    public IssuerDirectory(IOptions<IssuerOptions> options)
    {
        _options = options.Value;
        BaseUrl = _options.BaseUrl.AbsoluteUri.EndsWith('/') ? _options.BaseUrl : new Uri(_options.BaseUrl.AbsoluteUri + "/");
        var hostSegment = Uri.EscapeDataString(BaseUrl.IsDefaultPort ? BaseUrl.Host : $"{BaseUrl.Host}:{BaseUrl.Port}");
        var pathSegments = BaseUrl.AbsolutePath.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        HostDid = string.Join(':', ["did:web", hostSegment, .. pathSegments]);
        IssuerDid = $"{HostDid}:issuers:{_options.Id}";
        ConfiguredProfile = new IssuerProfile(IssuerDid, _options.Name, _options.Url)
        {
            Email = _options.Email,
            Image = _options.Image,
            Description = _options.Description,
            OtherIdentifiers = [.. _options.OtherIdentifiers.Select(i => new IssuerIdentifier(i.Identifier, i.IdentifierType))],
        };
        _profile = ConfiguredProfile;
    }

    public string IssuerId => _options.Id;

    public Uri BaseUrl { get; }

    /// <summary>Gets the DID of the host (document at /.well-known/did.json).</summary>
    public string HostDid { get; }

    /// <summary>Gets the issuer's DID (document at /issuers/{id}/did.json); credentials name it as issuer.</summary>
    public string IssuerDid { get; }

    /// <summary>Gets the profile credentials name: the one saved from the admin pages (<see cref="UseProfile"/>), else the configured one.</summary>
    public IssuerProfile Profile => _profile;

    /// <summary>Gets the profile from configuration (<c>Insignia:Issuer</c>).</summary>
    public IssuerProfile ConfiguredProfile { get; }

    /// <summary>Makes <paramref name="profile"/> the one credentials and the profile document name from now on; its id stays the issuer's DID.</summary>
    public void UseProfile(IssuerProfile profile) => _profile = profile with { Id = IssuerDid };

    public IssuerOptions Options => _options;

    public bool IsIssuer(string id) => string.Equals(id, _options.Id, StringComparison.Ordinal);

    public Uri CredentialUrl(Guid credentialId) => new(BaseUrl, $"credentials/{credentialId:D}");

    public Uri AchievementUrl(string definitionId, int version) => new(BaseUrl, $"achievements/{Uri.EscapeDataString(definitionId)}/v{version}");

    public Uri StatusListUrl(int list) => new(BaseUrl, $"status/{list}");

    public Uri ProfileUrl => new(BaseUrl, $"issuers/{_options.Id}");

    public static string VerificationMethodId(string did, string keyId) => $"{did}#{keyId}";
}

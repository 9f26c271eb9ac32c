using System.ComponentModel.DataAnnotations;

namespace Insignia.Host.Issuer;

/// <summary>The issuer this host signs for, and how credentials are published. Section <c>Insignia:Issuer</c>.</summary>
internal sealed class IssuerOptions
{
    public const string SectionName = "Insignia:Issuer";

    /// <summary>Gets or sets the issuer's short id: the path segment of /issuers/{id} and the key-store owner. <value>Default: default.</value></summary>
    [Required]
    [RegularExpression("^[a-z0-9][a-z0-9-]{0,62}$")]
    public string Id { get; set; } = "default";

    /// <summary>
    /// Gets or sets the public https base URL of this host; credential, profile and DID URLs hang off it.
    /// <value>Default: the embedded host's own address (http://127.0.0.1:5000/) when it runs with its default URL.</value>
    /// </summary>
    [Required]
    public Uri BaseUrl { get; set; } = new("https://localhost:5001/");

    [Required]
    public string Name { get; set; } = "Universidad Insignia de Demostración";

    [Required]
    public Uri Url { get; set; } = new("https://www.example.edu.mx/");

    public string? Email { get; set; } = "insignias@example.edu.mx";

    public Uri? Image { get; set; }

    public string? Description { get; set; } = "Emisor de desarrollo de Insignia (no usar en producción).";

    /// <summary>Gets the issuer's other identifiers, e.g. a SEP/DGP institution key (identifierType "ext:SEPInstitutionKey").</summary>
    public List<IssuerIdentifierOptions> OtherIdentifiers { get; } = [];

    /// <summary>Gets or sets a value indicating whether the learner's name and clear email go into credentials. <value>Default: false.</value></summary>
    public bool IncludePersonalData { get; set; }

    /// <summary>Gets or sets a value indicating whether an RS256 VC-JWT is stored beside each Data Integrity credential. <value>Default: false.</value></summary>
    public bool IssueJwt { get; set; }

    /// <summary>Gets or sets a value indicating whether other issuers' did:web/https key documents may be fetched. <value>Default: false.</value></summary>
    public bool AllowRemoteKeyDocuments { get; set; }

    /// <summary>Gets or sets the timeout of one remote key-document fetch. <value>Default: 5 s.</value></summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan RemoteFetchTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets or sets the largest remote key document accepted, in bytes. <value>Default: 256 KiB.</value></summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int RemoteMaxBytes { get; set; } = 256 * 1024;
}

namespace Insignia.Host.Lti.DeepLinking;

/// <summary>What the deep-linking chooser needs to answer the platform, carried protected in its form.</summary>
internal sealed record DeepLinkTicket(string Issuer, string ClientId, string DeploymentId, string ReturnUrl, string? Data, string CourseKey, DateTimeOffset ExpiresAt)
{
    public const string Purpose = "Insignia.Lti.DeepLink.v1";
}

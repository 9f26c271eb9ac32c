using System.Text.Json.Nodes;
using Insignia.Core.Achievements;
using Insignia.Core.Criteria;

namespace Insignia.Core.Credentials;

/// <summary>Everything needed to build one OpenBadgeCredential from a Met decision.</summary>
internal sealed record CredentialRequest(
    CredentialDefinition Definition,
    Decision Decision,
    IssuerProfile Issuer,
    CredentialRecipient Recipient,
    Uri CredentialId,
    Uri AchievementId,
    DateTimeOffset IssuedAt)
{
    public bool IncludePersonalData { get; init; }

    public JsonObject? CredentialStatus { get; init; }
}

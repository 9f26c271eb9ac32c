using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using Insignia.Host.Lti.Registrations;

namespace Insignia.Host.Lti.Advantage;

/// <summary>LTI Names and Role Provisioning Services 2.0: members page by page, optionally for one resource link.</summary>
internal sealed class NrpsClient(LtiServiceHttp http)
{
    public const string MembershipMediaType = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    public const string LegacyCanvasMediaType = "application/vnd.ims.lis.v2.membershipcontainer+json";

    /// <summary>Streams pages from <paramref name="membershipsUrl"/> (or a differences URL kept from an earlier read).</summary>
    public async IAsyncEnumerable<NrpsPage> ReadAsync(LtiPlatform platform, string membershipsUrl, string? resourceLinkId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var first = resourceLinkId is null ? new Uri(membershipsUrl) : AgsUrls.WithQuery(membershipsUrl, "rlid", resourceLinkId);
        for (var next = (Uri?)first; next is not null;)
        {
            using var response = await http.SendAsync(platform, [LtiClaims.ScopeMembership], LtiServiceHttp.Get(next, MembershipMediaType, LegacyCanvasMediaType), cancellationToken);
            var container = await response.Content.ReadFromJsonAsync<Container>(LtiServiceHttp.Json, cancellationToken);
            var nextLink = LinkHeader.Find(response, "next");
            yield return new NrpsPage(container?.Members ?? [], nextLink, LinkHeader.Find(response, "differences"));
            next = nextLink is null ? null : new Uri(nextLink);
        }
    }

    private sealed record Container([property: JsonPropertyName("members")] List<NrpsMember>? Members);
}

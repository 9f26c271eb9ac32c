using Insignia.Core.Proofs;

namespace Insignia.Core.Tests.Proofs;

public sealed class DidWebTests
{
    [Theory]
    [InlineData("did:web:w3c-ccg.github.io", "https://w3c-ccg.github.io/.well-known/did.json")]
    [InlineData("did:web:w3c-ccg.github.io:user:alice", "https://w3c-ccg.github.io/user/alice/did.json")]
    [InlineData("did:web:example.com%3A3000:user:alice", "https://example.com:3000/user/alice/did.json")]
    public void DocumentUrl_DidWeb_FollowsSpecTransformation(string did, string expected)
    {
        Assert.Equal(expected, DidWeb.DocumentUrl(did)?.AbsoluteUri);
    }

    [Theory]
    [InlineData("did:web:")]
    [InlineData("did:web:example.com::x")]
    [InlineData("did:key:z6Mk")]
    public void DocumentUrl_Malformed_IsNull(string did)
    {
        Assert.Null(DidWeb.DocumentUrl(did));
    }
}

using Microsoft.IdentityModel.Tokens;

namespace Insignia.Host.Lti.Keys;

/// <summary>The outcome of looking up a platform key: the key, or a launch error code with a description.</summary>
internal readonly record struct KeyLookup(SecurityKey? Key, string? ErrorCode, string? Description)
{
    public static KeyLookup Found(SecurityKey key) => new(key, null, null);

    public static KeyLookup Failed(string code, string description) => new(null, code, description);
}

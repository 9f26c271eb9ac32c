using Microsoft.Extensions.Options;

namespace Insignia.Host.Issuer;

/// <summary>
/// Refuses issuer settings that would publish unresolvable identifiers: did:web and credential ids need an https base
/// URL. The one exception is a loopback http URL (the embedded development host), whose credentials only this machine
/// can resolve anyway.
/// </summary>
internal sealed class IssuerOptionsValidator : IValidateOptions<IssuerOptions>
{
    public ValidateOptionsResult Validate(string? name, IssuerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (!options.BaseUrl.IsAbsoluteUri || !IsPublishableScheme(options.BaseUrl) || !string.IsNullOrEmpty(options.BaseUrl.Query))
        {
            errors.Add($"{IssuerOptions.SectionName}:BaseUrl must be an absolute https URL without a query (did:web resolves over https only; plain http is accepted for 127.0.0.1/localhost development hosts).");
        }

        if (!options.Url.IsAbsoluteUri || options.Url.Scheme is not ("https" or "http"))
        {
            errors.Add($"{IssuerOptions.SectionName}:Url must be the institution's absolute web address.");
        }

        errors.AddRange(options.OtherIdentifiers
            .Where(i => string.IsNullOrWhiteSpace(i.Identifier) || string.IsNullOrWhiteSpace(i.IdentifierType))
            .Select(_ => $"{IssuerOptions.SectionName}:OtherIdentifiers entries need both Identifier and IdentifierType."));
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool IsPublishableScheme(Uri baseUrl) =>
        baseUrl.Scheme == Uri.UriSchemeHttps || (baseUrl.Scheme == Uri.UriSchemeHttp && baseUrl.IsLoopback);
}

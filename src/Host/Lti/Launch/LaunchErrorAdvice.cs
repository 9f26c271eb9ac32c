namespace Insignia.Host.Lti.Launch;

/// <summary>What an administrator can do about each refused launch, in Spanish (es-MX) and English.</summary>
internal static class LaunchErrorAdvice
{
    private static readonly Dictionary<string, (string Es, string En)> Advice = new(StringComparer.Ordinal)
    {
        [LaunchErrors.StateMissing] = ("La plataforma debe devolver el parámetro state del inicio de sesión OIDC; revise la configuración de la herramienta.", "The platform must return the OIDC login's state parameter; check the tool configuration."),
        [LaunchErrors.StateNotBound] = ("El navegador bloqueó la cookie de Insignia. Active la opción de abrir en una ventana nueva o use un navegador que admita cookies particionadas.", "The browser blocked Insignia's cookie. Make the tool open in a new window, or use a browser that supports partitioned cookies."),
        [LaunchErrors.StateMismatch] = ("Pida a la persona que vuelva a abrir la actividad; un state distinto puede indicar un intento de falsificación.", "Ask the person to open the activity again; a different state can mean a forged request."),
        [LaunchErrors.StateExpired] = ("Pida a la persona que vuelva a abrir la actividad.", "Ask the person to open the activity again."),
        [LaunchErrors.UnknownPlatform] = ("Registre la plataforma (emisor y client id) con 'platform add' o con el registro dinámico.", "Register the platform (issuer and client id) with 'platform add' or dynamic registration."),
        [LaunchErrors.PlatformMismatch] = ("La plataforma que inició sesión no emitió el token; revise que no haya dos registros mezclados.", "The platform that started the login did not issue the token; check for mixed-up registrations."),
        [LaunchErrors.UnsupportedAlgorithm] = ("Configure la plataforma para firmar con RS256.", "Configure the platform to sign with RS256."),
        [LaunchErrors.UnknownKey] = ("Revise la URL de JWKS del registro; la plataforma firmó con una clave que no publica allí.", "Check the registration's JWKS URL; the platform signed with a key it does not publish there."),
        [LaunchErrors.WrongKeyType] = ("La JWKS de la plataforma debe publicar una clave RSA de firma.", "The platform's JWKS must publish an RSA signing key."),
        [LaunchErrors.JwksUnavailable] = ("Compruebe que el servidor de Insignia puede acceder a la URL de JWKS de la plataforma.", "Check that the Insignia server can reach the platform's JWKS URL."),
        [LaunchErrors.BadSignature] = ("Revise que la URL de JWKS registrada sea la de esta plataforma.", "Check that the registered JWKS URL belongs to this platform."),
        [LaunchErrors.InvalidAudience] = ("Revise el client id del registro.", "Check the registration's client id."),
        [LaunchErrors.MissingAzp] = ("La plataforma debe enviar azp cuando el token tiene varias audiencias.", "The platform must send azp when the token has several audiences."),
        [LaunchErrors.InvalidAzp] = ("Revise el client id del registro.", "Check the registration's client id."),
        [LaunchErrors.TokenExpired] = ("Sincronice el reloj del servidor (NTP) o aumente Insignia:Lti:ClockSkew.", "Synchronise the server clock (NTP) or raise Insignia:Lti:ClockSkew."),
        [LaunchErrors.TokenNotYetValid] = ("Sincronice los relojes (NTP) o aumente Insignia:Lti:ClockSkew.", "Synchronise the clocks (NTP) or raise Insignia:Lti:ClockSkew."),
        [LaunchErrors.NonceReused] = ("El mismo inicio llegó dos veces; pida a la persona que abra la actividad de nuevo.", "The same launch arrived twice; ask the person to open the activity again."),
        [LaunchErrors.NonceMismatch] = ("Pida a la persona que vuelva a abrir la actividad.", "Ask the person to open the activity again."),
        [LaunchErrors.UnknownDeployment] = ("Agregue el deployment con 'platform add --deployment' o active la incorporación automática del registro.", "Add the deployment with 'platform add --deployment', or turn on auto-onboarding for the registration."),
        [LaunchErrors.MissingDeployment] = ("La plataforma debe enviar deployment_id.", "The platform must send deployment_id."),
        [LaunchErrors.UnsupportedMessageType] = ("Use un enlace de recurso o de vinculación profunda (deep linking).", "Use a resource link or a deep linking placement."),
        [LaunchErrors.UnsupportedVersion] = ("Configure la herramienta como LTI 1.3.", "Configure the tool as LTI 1.3."),
        [LaunchErrors.MissingClaim] = ("Revise la configuración de privacidad de la herramienta en la plataforma (compartir roles y curso).", "Check the tool's privacy settings in the platform (share roles and course)."),
    };

    public static (string Es, string En) For(string code) =>
        Advice.GetValueOrDefault(code, ("Revise el registro de la plataforma en Insignia.", "Check the platform's registration in Insignia."));
}

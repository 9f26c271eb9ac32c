namespace Insignia.Core.Ports;

/// <summary>Names of the platform kinds a connection can be; also the service keys of their adapters.</summary>
public static class PlatformKind
{
    /// <summary>The built-in demo LMS.</summary>
    public const string Demo = "demo";

    /// <summary>Moodle web services.</summary>
    public const string Moodle = "moodle";

    /// <summary>Canvas LMS REST API.</summary>
    public const string Canvas = "canvas";

    /// <summary>Coursera for Business / Campus.</summary>
    public const string Coursera = "coursera";

    /// <summary>1EdTech OneRoster 1.2.</summary>
    public const string OneRoster = "oneroster";

    /// <summary>LTI Advantage services (AGS, NRPS) of a launching platform.</summary>
    public const string LtiAdvantage = "lti";
}

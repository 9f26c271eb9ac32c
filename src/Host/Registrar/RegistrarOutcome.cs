namespace Insignia.Host.Registrar;

/// <summary>The result of a registrar action: how many entries changed, or why nothing did (<see cref="RegistrarErrors"/>).</summary>
internal sealed record RegistrarOutcome(int Changed, string? Code, string Message, string? Spanish = null)
{
    public bool Succeeded => Code is null;

    public static RegistrarOutcome Done(int changed, string message) => new(changed, null, message);

    /// <summary>A refusal with its message in English (problem detail) and in Spanish (the es-MX page).</summary>
    public static RegistrarOutcome Refused(string code, string message, string spanish) => new(0, code, message, spanish);
}

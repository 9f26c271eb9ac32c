namespace Insignia.Host.Registrar;

/// <summary>The result of a registrar action: how many entries changed, or why nothing did (<see cref="RegistrarErrors"/>).</summary>
internal sealed record RegistrarOutcome(int Changed, string? Code, string Message)
{
    public bool Succeeded => Code is null;

    public static RegistrarOutcome Done(int changed, string message) => new(changed, null, message);

    public static RegistrarOutcome Refused(string code, string message) => new(0, code, message);
}

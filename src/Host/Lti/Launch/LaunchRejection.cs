namespace Insignia.Host.Lti.Launch;

/// <summary>Why a launch was refused: the step that refused it, a stable code and a description safe to show.</summary>
internal sealed record LaunchRejection(string Step, string Code, string Description);

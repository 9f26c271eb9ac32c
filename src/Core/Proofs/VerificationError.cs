namespace Insignia.Core.Proofs;

/// <summary>One reason a credential did not verify.</summary>
/// <param name="Code">A stable code from <see cref="ProofErrors"/>.</param>
/// <param name="Message">A description that is safe to show to the person verifying.</param>
internal sealed record VerificationError(string Code, string Message)
{
    public override string ToString() => $"{Code}: {Message}";
}

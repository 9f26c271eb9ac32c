namespace Insignia.Benchmarks.Linked;

/// <summary>
/// A realistic OB 3.0 AchievementCredential as Insignia issues it: achievement with alignments and result
/// descriptions, results, five evidence items, a hashed identifier and a Bitstring status entry (no proof yet).
/// The issuer is the <c>did:key</c> of the all-zero Ed25519 seed, the key the proof benchmarks sign with.
/// The JSON lives in <c>rich-achievement-credential.json</c>, which the JavaScript reference benchmark
/// (<c>tests/Benchmarks/js-reference</c>) signs as well.
/// </summary>
internal static class RichAchievementCredential
{
    public const string FileName = "rich-achievement-credential.json";

    public static string Json { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Linked", FileName));
}

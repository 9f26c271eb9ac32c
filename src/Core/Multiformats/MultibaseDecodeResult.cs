namespace Insignia.Core.Multiformats;

/// <summary>The bytes a multibase or multikey string decoded to, or why it could not be decoded.</summary>
/// <param name="Bytes">The decoded bytes; empty when <paramref name="Problem"/> is set.</param>
/// <param name="Problem">A description a person can act on, or <see langword="null"/> on success.</param>
internal readonly record struct MultibaseDecodeResult(byte[] Bytes, string? Problem)
{
    public bool Succeeded => Problem is null;

    public static MultibaseDecodeResult Success(byte[] bytes) => new(bytes, null);

    public static MultibaseDecodeResult Failure(string problem) => new([], problem);
}

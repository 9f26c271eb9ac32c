using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Insignia.Core.Evidence;

/// <summary>Computes the content hash that tells whether a re-synced record changed.</summary>
public static class EvidenceContentHash
{
    /// <summary>
    /// Computes a lower-case hex SHA-256 over every field of the record that carries meaning (the time only when the
    /// source gave it, see <see cref="EvidenceRecord.OccurredAtIsObservation"/>).
    /// </summary>
    /// <param name="record">The record to hash.</param>
    /// <returns>64 hex characters; equal records give equal hashes on every machine.</returns>
    public static string Compute(EvidenceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var text = string.Join(
            '\u001f',
            record.Source,
            record.LearnerId,
            record.Activity.ToString(),
            record.Attempt,
            ((int)record.Kind).ToString(CultureInfo.InvariantCulture),
            record.ActivityName ?? string.Empty,
            Format(record.RawValue),
            Format(record.MaxValue),
            record.Completion is { } c ? ((int)c).ToString(CultureInfo.InvariantCulture) : string.Empty,
            record.OccurredAtIsObservation ? "observed" : record.OccurredAt.ToUniversalTime().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            record.Assessor ?? string.Empty,
            record.Detail ?? string.Empty);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private static string Format(double? value) =>
        value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;
}

using System.Globalization;
using System.Text;

namespace Insignia.Host.Registrar;

/// <summary>
/// The registrar's CSV export: RFC 4180 (comma, CRLF, fields with a comma, quote or line break in double quotes,
/// quotes doubled), UTF-8 with a byte order mark so Excel reads accents, and every field that a spreadsheet would
/// take for a formula (starting with = + - @, tab or carriage return) prefixed with an apostrophe.
/// </summary>
internal static class TranscriptCsv
{
    public static readonly string[] Header =
    [
        "credential_id", "learner_sis_id", "learner_name", "course", "term", "credential_definition", "credential_name",
        "credits", "earned_at", "state", "state_changed_at", "sis_result_id", "synced_at", "credential_revoked_at", "rejection_reason", "last_error",
    ];

    public static string Line(TranscriptRow row)
    {
        var e = row.Entry;
        return Line(
        [
            e.CredentialId.ToString(), e.LearnerSisId, row.LearnerName, e.CourseKey, e.Term, e.DefinitionId, e.CredentialName,
            e.Credits.ToString("0.##", CultureInfo.InvariantCulture), Instant(e.EarnedAt), e.State.ToString(), Instant(e.StateChangedAt),
            e.SisResultId, Instant(e.SyncedAt), Instant(row.RevokedAt), e.RejectionReason, e.LastError,
        ]);
    }

    public static string Line(IEnumerable<string?> fields) => string.Join(',', fields.Select(Field)) + "\r\n";

    public static string Field(string? value)
    {
        var text = value ?? string.Empty;
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    public static byte[] Preamble => Encoding.UTF8.GetPreamble();

    private static string Instant(DateTimeOffset? value) =>
        value?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? string.Empty;
}

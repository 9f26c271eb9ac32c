using System.Globalization;
using Insignia.Host.Persistence.Entities;

namespace Insignia.Host.Registrar;

/// <summary>The registrar list's filters, from the query string: state, course, credential, earned date range, learner search and page.</summary>
internal sealed record TranscriptFilter
{
    public const int PageSize = 50;

    public TranscriptEntryState? State { get; init; }

    /// <summary>Gets a value indicating whether only entries whose credential was revoked are listed.</summary>
    public bool RevokedOnly { get; init; }

    public string? Course { get; init; }

    public string? Credential { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public string? Learner { get; init; }

    public int Page { get; init; } = 1;

    /// <summary>Reads the filters; values that do not parse are left out and explained in the errors.</summary>
    public static (TranscriptFilter Filter, IReadOnlyList<string> Errors) Parse(IQueryCollection query)
    {
        var errors = new List<string>();
        var state = Text(query["state"]);
        TranscriptEntryState? parsed = null;
        if (state is not null and not "revoked")
        {
            if (Enum.TryParse<TranscriptEntryState>(state, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(state, out _))
            {
                parsed = value;
            }
            else
            {
                errors.Add($"Unknown state '{state}': use pending, approved, synced, failed, rejected or revoked.");
            }
        }

        var filter = new TranscriptFilter
        {
            State = parsed,
            RevokedOnly = state == "revoked",
            Course = Text(query["course"]),
            Credential = Text(query["credential"]),
            From = Date(query["from"], "from", errors),
            To = Date(query["to"], "to", errors),
            Learner = Text(query["learner"]),
            Page = int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1 ? page : 1,
        };
        if (filter.From > filter.To)
        {
            errors.Add("The date range ends before it starts; the dates were ignored.");
            filter = filter with { From = null, To = null };
        }

        return (filter, errors);
    }

    /// <summary>The query string of this filter (without the page), for links and the CSV export.</summary>
    public string ToQuery(int? page = null)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        Add("state", RevokedOnly ? "revoked" : State?.ToString().ToLowerInvariant());
        Add("course", Course);
        Add("credential", Credential);
        Add("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("learner", Learner);
        Add("page", page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null);
        return string.Join('&', parts);
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim()[..Math.Min(value.Trim().Length, 200)];

    private static DateOnly? Date(string? value, string name, List<string> errors)
    {
        if (Text(value) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add($"The '{name}' date '{text}' is not a date (use YYYY-MM-DD); it was ignored.");
        return null;
    }
}

using System.Runtime.CompilerServices;
using Insignia.Adapters.Moodle.Contracts;
using Insignia.Adapters.Moodle.Http;
using Insignia.Adapters.Moodle.Sessions;
using Microsoft.Extensions.Options;

namespace Insignia.Adapters.Moodle.Roster;

/// <summary>Pages through <c>core_enrol_get_enrolled_users</c> with the <c>limitfrom</c>/<c>limitnumber</c> options.</summary>
internal sealed class MoodleRosterReader(IOptions<MoodleAdapterOptions> options)
{
    public async IAsyncEnumerable<EnrolledUser> ReadAsync(
        MoodleSession session,
        long courseId,
        string? userFields,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var pageSize = options.Value.RosterPageSize;
        for (var from = 0L; ; from += pageSize)
        {
            var parameters = new MoodleParameters()
                .Add("courseid", courseId)
                .AddOption("limitfrom", from)
                .AddOption("limitnumber", pageSize);
            if (userFields is not null)
            {
                parameters.AddOption("userfields", userFields);
            }

            var users = await session.Client.CallAsync(
                MoodleFunctions.GetEnrolledUsers,
                parameters,
                MoodleJsonContext.Default.IReadOnlyListEnrolledUser,
                cancellationToken).ConfigureAwait(false);
            foreach (var user in users)
            {
                yield return user;
            }

            if (users.Count < pageSize)
            {
                yield break;
            }
        }
    }

    public bool IsLearner(EnrolledUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var roles = options.Value.LearnerRoles;
        return user.Roles.Any(r => r.Shortname is { } name && roles.Contains(name, StringComparer.OrdinalIgnoreCase));
    }
}

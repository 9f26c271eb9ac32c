using Insignia.Adapters.Moodle.Contracts;
using Insignia.Adapters.Moodle.Http;
using Insignia.Core.Ports;

namespace Insignia.Adapters.Moodle.Sessions;

/// <summary>An opened connection: a client holding the token, the site's identity and what the token may call.</summary>
internal sealed record MoodleSession(SourceConnection Connection, MoodleClient Client, SiteInfo Site, MoodleCapabilities Capabilities);

using Insignia.Host.Connections;
using Insignia.Host.Definitions;
using Insignia.Host.Mooc;

namespace Insignia.Host.Web.Admin;

/// <summary>The services the MOOC mapping endpoints use, bundled for <c>[AsParameters]</c>-style injection.</summary>
internal sealed record MoocServices(ConnectionStore Connections, DefinitionStore Definitions, MoocMappingStore Mappings, IServiceProvider Provider);

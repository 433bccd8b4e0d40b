using Microsoft.Extensions.Configuration;
using Portal.Core.Options;

namespace Portal.Core.Modules;

/// <summary>What a module may read while registering its services.</summary>
/// <param name="Configuration">The whole configuration.</param>
/// <param name="Options">The bound <c>Portal</c> section.</param>
/// <param name="Environment">Where the application and its data live.</param>
public sealed record ModuleContext(IConfiguration Configuration, PortalOptions Options, PortalEnvironment Environment);

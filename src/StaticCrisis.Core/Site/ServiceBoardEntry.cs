using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Content;
using StaticCrisis.Core.Markdown;

namespace StaticCrisis.Core.Site;

/// <summary>One row of the service board. Status and Source are null when no update has mentioned the service.</summary>
public sealed record ServiceBoardEntry(ServiceDefinition Service, ServiceStatus? Status, RenderedUpdate? Source);

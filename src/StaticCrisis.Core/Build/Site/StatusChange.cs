using StaticCrisis.Core.Build.Markdown;
using StaticCrisis.Core.Content;

namespace StaticCrisis.Core.Site;

/// <summary>One line of a service's history: the status an update set, and the update.</summary>
public sealed record StatusChange(ServiceStatus Status, RenderedUpdate Source);

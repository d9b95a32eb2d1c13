using StaticCrisis.Core.Build.Content;
using StaticCrisis.Core.Build.Markdown;
using StaticCrisis.Core.Features.Cap;

namespace StaticCrisis.Core.Build.Site;

/// <summary>One line of a service's history: the status an update set, and the update.</summary>
public sealed record StatusChange(ServiceStatus Status, RenderedUpdate Source);

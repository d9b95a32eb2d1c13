using StaticCrisis.Core.Build.Checks;
using StaticCrisis.Core.Build.Output;
using StaticCrisis.Core.Build.Site;
using StaticCrisis.Core.Kernel.Files;

namespace StaticCrisis.Core.Features.Cap;

/// <summary>
/// What the CAP messages depend on besides the content: the build's "now" (a version is sent only once its time has
/// come, also in a --future preview) and the messages the previous build published, which are kept.
/// </summary>
public sealed record CapInputs(DateTimeOffset Now, IReadOnlyList<PreviousCapMessage> Previous);

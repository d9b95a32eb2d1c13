using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Publishing.Remotes;

namespace StaticCrisis.Core.Configuration;

/// <summary>One copy of the site from site.yml's <c>mirrors</c>: where to upload it and where residents read it.</summary>
/// <param name="Name">Names the mirror in output and in its environment variables (<see cref="MirrorCredentials"/>).</param>
/// <param name="PublicUrl">Where residents read this copy, always ending in '/'; publishing verifies it there.</param>
/// <param name="HostKey">SFTP only: the server's host key fingerprint as <c>ssh-keygen -lf</c> prints it (<c>SHA256:…</c>).</param>
public sealed record MirrorDefinition(string Name, MirrorAddress Address, Uri? PublicUrl, string? HostKey, SourceLocation Location);

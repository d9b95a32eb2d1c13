using StaticCrisis.Core.Build;

namespace StaticCrisis.Tests.Architecture;

/// <summary>The one-way rules of ARCHITECTURE.md, read from the built assembly.</summary>
public sealed class DependencyDirectionTests
{
    private static readonly NamespaceGraph CoreGraph = NamespaceGraph.Read(typeof(SiteBuilder).Assembly.Location, "StaticCrisis.Core");

    /// <summary>What the build is made of: its stages, the model themes see, and the features it writes.</summary>
    private static readonly string[] BuildParts = ["Build", "Configuration", "Content", "Site", "Templates", "Features"];

    [Fact]
    public void Core_namespaces_form_no_cycle()
    {
        var cycles = CoreGraph.Cycles();
        Assert.True(cycles.Count == 0, "namespaces that use each other:\n" + string.Join("\n\n", cycles.Select(CoreGraph.Describe)));
    }

    [Fact]
    public void The_kernel_uses_nothing_else_of_core()
    {
        var uses = CoreGraph.UsesOutside(Within("Kernel"), Within("Kernel"));
        Assert.True(uses.Count == 0, "the kernel must stand alone:\n" + string.Join("\n", uses));
    }

    [Fact]
    public void Integrity_uses_only_the_kernel()
    {
        var uses = CoreGraph.UsesOutside(Within("Integrity"), ns => Within("Kernel")(ns) || Within("Integrity")(ns));
        Assert.True(uses.Count == 0, "the manifest, minisign and the copy verdict stand on the kernel alone:\n" + string.Join("\n", uses));
    }

    [Fact]
    public void The_build_never_uses_publishing_the_preview_or_the_commands_beside_it()
    {
        string[] users = ["Publishing", "Preview", "Authoring", "Checking"];
        var uses = CoreGraph.UsesOutside(ns => BuildParts.Any(part => Within(part)(ns)), ns => !users.Any(user => Within(user)(ns)));
        Assert.True(uses.Count == 0, "the build must not know who publishes it:\n" + string.Join("\n", uses));
    }

    private static Func<string, bool> Within(string part) =>
        ns => ns == part || ns.StartsWith(part + ".", StringComparison.Ordinal);
}

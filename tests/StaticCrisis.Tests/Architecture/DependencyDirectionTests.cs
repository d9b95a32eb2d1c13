using StaticCrisis.Core.Build;

namespace StaticCrisis.Tests.Architecture;

/// <summary>The one-way rules of ARCHITECTURE.md, read from the built assemblies.</summary>
public sealed class DependencyDirectionTests
{
    private static readonly NamespaceGraph Core = NamespaceGraph.Read(typeof(SiteBuilder).Assembly.Location, "StaticCrisis.Core");

    [Fact]
    public void Core_namespaces_form_no_cycle()
    {
        var cycles = Core.Cycles();
        Assert.True(cycles.Count == 0, "namespaces that use each other:\n" + string.Join("\n\n", cycles.Select(Core.Describe)));
    }

    [Fact]
    public void Print()
    {
        foreach (var ns in Core.Namespaces.Order())
            Console.WriteLine(Core.Relative(ns) + " -> " + string.Join(", ", Core.Uses(ns).Select(Core.Relative).Order()));
    }
}

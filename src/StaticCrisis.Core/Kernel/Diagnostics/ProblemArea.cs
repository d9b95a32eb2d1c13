namespace StaticCrisis.Core.Kernel.Diagnostics;

/// <summary>Which kind of file a YAML problem is in; it picks the code range (SC0xxx site.yml, SC1xxx content).</summary>
public enum ProblemArea
{
    SiteConfig = 0,
    Content = 1000,
}

/// <summary>A text whose problems are numbered in one <see cref="ProblemArea"/> (a YAML source: site.yml or front matter).</summary>
public interface IProblemSource
{
    ProblemArea Area { get; }
}

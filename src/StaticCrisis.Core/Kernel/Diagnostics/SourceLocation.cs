namespace StaticCrisis.Core.Kernel.Diagnostics;

/// <summary>A place in a source file. Path is relative to the site folder, with forward slashes; line and column are 1-based, 0 when unknown.</summary>
public readonly record struct SourceLocation(string Path, int Line = 0, int Column = 0)
{
    public override string ToString() => Line > 0 ? $"{Path}({Line},{Math.Max(Column, 1)})" : Path;
}

namespace StaticCrisis.Core.Kernel.Files;

/// <summary>An ordinary file of the site folder that is safe to read: its full path, and its path relative to the site with '/'.</summary>
public readonly record struct SourceFile(string FullPath, string RelativePath);

namespace StaticCrisis.Core.Configuration;

/// <summary>
/// Where a site.yml is when it is not where the command looked: in a folder below (two levels at most), or in a folder
/// above, so "site.yml not found" can name the folder the writer meant. Bounded, so a home folder costs milliseconds.
/// </summary>
public static class NearestSite
{
    private const int MaxFoldersPerLevel = 200;

    /// <summary>The nearest site folder, relative to the current folder (or full when outside it), or null.</summary>
    public static string? Find(string folder)
    {
        var full = Path.GetFullPath(folder);
        var found = Below(full, depth: 2) ?? Above(full);
        return found is null ? null : Shown(found);
    }

    private static string? Below(string folder, int depth)
    {
        if (depth == 0)
            return null;
        List<string> children;
        try
        {
            children = [.. new DirectoryInfo(folder).EnumerateDirectories()
                .Where(child => !child.Name.StartsWith('.') && child.Name is not ("node_modules" or "public" or "bin" or "obj") && !child.Attributes.HasFlag(FileAttributes.ReparsePoint))
                .Take(MaxFoldersPerLevel)
                .Select(child => child.FullName)
                .Order(StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        return children.FirstOrDefault(child => File.Exists(Path.Combine(child, SiteConfigLoader.FileName)))
            ?? children.Select(child => Below(child, depth - 1)).FirstOrDefault(found => found is not null);
    }

    private static string? Above(string folder)
    {
        var parent = Directory.GetParent(folder);
        for (var level = 0; parent is not null && level < 3; level++, parent = parent.Parent)
        {
            if (File.Exists(Path.Combine(parent.FullName, SiteConfigLoader.FileName)))
                return parent.FullName;
        }
        return null;
    }

    /// <summary>A folder as the writer would recognise it: relative to the current folder, unless that climbs far; "." as its full path.</summary>
    public static string Shown(string folder)
    {
        folder = Path.GetFullPath(folder);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), folder);
        return relative == "." || (relative.StartsWith("..", StringComparison.Ordinal) && relative.Count(c => c == Path.DirectorySeparatorChar) > 2) ? folder : relative;
    }
}

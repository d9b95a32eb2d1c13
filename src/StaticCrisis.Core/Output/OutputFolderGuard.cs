using StaticCrisis.Core.Diagnostics;

namespace StaticCrisis.Core.Output;

/// <summary>
/// The output folder is replaced as a whole, so it must never be a folder that holds anything else:
/// not the site folder, not a parent of it, not a folder with content/ in it, and not someone's existing folder.
/// </summary>
public static class OutputFolderGuard
{
    /// <summary>Written into every output folder; a non-empty folder without it is not ours to replace.</summary>
    public const string MarkerFile = ".staticcrisis";

    public static bool IsAllowed(string siteDirectory, string outputDirectory, DiagnosticBag diagnostics)
    {
        var site = Files.RealPath.Of(Normalize(siteDirectory)) ?? Normalize(siteDirectory);
        // An output folder that is a symbolic link (public -> /srv/www/site) is judged, and written, where it leads.
        var output = Resolve(outputDirectory);
        string? reason = null;
        if (Files.FileKinds.Of(Normalize(outputDirectory)) == Files.FileKind.SymbolicLink && Files.RealPath.Of(Normalize(outputDirectory)) is null)
            reason = "it is a symbolic link that leads nowhere; make the folder it points at, or remove the link";
        else if (Path.GetPathRoot(output) == output)
            reason = "it is the root of a drive";
        else if (output == site)
            reason = "it is the site folder itself";
        else if (site.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            reason = "it contains the site folder";
        else if (output.StartsWith(Path.Combine(site, "content") + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            reason = "it is inside content/, so the next build would publish the site inside itself";
        else if (Directory.Exists(Path.Combine(output, "content")))
            reason = "it contains a content/ folder";
        else if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !File.Exists(Path.Combine(output, MarkerFile)))
            reason = $"it is not empty and was not written by staticcrisis (no {MarkerFile} file); choose an empty or new folder";
        if (reason is null)
            return true;
        diagnostics.Add(Problems.OutputRefused(outputDirectory, reason));
        return false;
    }

    public static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    /// <summary>
    /// The folder a build really replaces: the output folder, or where it leads when it is a symbolic link (a common deploy
    /// layout), so the link stays and its target gets the new site; the real path of the parent folder otherwise.
    /// </summary>
    public static string Resolve(string outputDirectory)
    {
        var output = Normalize(outputDirectory);
        if (Files.FileKinds.Of(output) == Files.FileKind.SymbolicLink && Files.RealPath.Of(output) is { } target)
            return target;
        var parent = Path.GetDirectoryName(output);
        return parent is not null && Files.RealPath.Of(parent) is { } realParent ? Path.Combine(realParent, Path.GetFileName(output)) : output;
    }
}

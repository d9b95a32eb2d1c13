using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Kernel.Files;

namespace StaticCrisis.Core.Build.Output;

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
        var site = RealPath.Of(Normalize(siteDirectory)) ?? Normalize(siteDirectory);
        // An output folder that is a symbolic link (public -> /srv/www/site) is judged, and written, where it leads.
        var output = Resolve(outputDirectory);
        Said? reason = null;
        if (FileKinds.Of(Normalize(outputDirectory)) == FileKind.SymbolicLink && RealPath.Of(Normalize(outputDirectory)) is null)
            reason = new("it is a symbolic link that leads nowhere; make the folder it points at, or remove the link", "det är en symbolisk länk som leder ingenstans; skapa mappen den pekar på, eller ta bort länken");
        else if (Path.GetPathRoot(output) == output)
            reason = new("it is the root of a drive; choose a folder on it", "det är roten av en enhet; välj en mapp på den");
        else if (output == site)
            reason = new("it is the site folder itself; choose another folder with --output", "det är själva webbplatsmappen; välj en annan mapp med --output");
        else if (site.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            reason = new("it contains the site folder; choose another folder with --output", "den innehåller webbplatsmappen; välj en annan mapp med --output");
        else if (output.StartsWith(Path.Combine(site, "content") + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            reason = new("it is inside content/, so the next build would publish the site inside itself; choose a folder outside content/", "den ligger i content/, så nästa bygge skulle publicera webbplatsen inuti sig själv; välj en mapp utanför content/");
        else if (Directory.Exists(Path.Combine(output, "content")))
            reason = new("it contains a content/ folder, so it looks like a site folder; choose another folder with --output", "den innehåller en mapp content/, så den ser ut som en webbplatsmapp; välj en annan mapp med --output");
        else if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !File.Exists(Path.Combine(output, MarkerFile)))
            reason = new($"it is not empty and was not written by staticcrisis (no {MarkerFile} file); choose an empty or new folder", $"den är inte tom och skrevs inte av staticcrisis (ingen fil {MarkerFile}); välj en tom eller ny mapp");
        if (reason is null)
            return true;
        diagnostics.Add(Problems.OutputRefused(outputDirectory, reason.Value));
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
        if (FileKinds.Of(output) == FileKind.SymbolicLink && RealPath.Of(output) is { } target)
            return target;
        var parent = Path.GetDirectoryName(output);
        return parent is not null && RealPath.Of(parent) is { } realParent ? Path.Combine(realParent, Path.GetFileName(output)) : output;
    }
}

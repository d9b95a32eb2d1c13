using StaticCrisis.Core.Integrity;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Kernel.Files;

namespace StaticCrisis.Core.Publishing.Remotes;

/// <summary>
/// A folder mirror gets the guards of the output folder: publishing writes and deletes there, so it must never be the
/// site folder or hold it, lie inside content/, themes/ or templates/, be the output folder, a drive's root or a home
/// folder, or be someone's folder with other files in it (a mirror we wrote has a SHA256SUMS).
/// </summary>
public static class FolderMirrorGuard
{
    /// <summary>Why the folder may not be a mirror, or null when it may.</summary>
    public static Said? Refusal(string mirrorFolder, string siteDirectory, string outputDirectory)
    {
        var mirror = Real(mirrorFolder);
        var site = Real(siteDirectory);
        var output = Real(outputDirectory);
        var home = Real(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));
        if (Path.GetPathRoot(mirror) == mirror)
            return new("it is the root of a drive; use a folder on it, such as /media/usb/krisinfo/", "det är roten av en enhet; använd en mapp på den, som /media/usb/krisinfo/");
        if (home.Length > 1 && RealPath.IsInside(home, mirror))
            return new("it is a home folder or holds one; use a folder of its own, such as ~/krisinfo-kopia/", "det är en hemmapp eller innehåller en; använd en egen mapp, som ~/krisinfo-kopia/");
        if (RealPath.IsInside(site, mirror))
            return new("it is the site folder or holds it; use a folder outside the site", "det är webbplatsmappen eller innehåller den; använd en mapp utanför webbplatsen");
        foreach (var folder in (string[])["content", "themes", "templates"])
        {
            if (RealPath.IsInside(mirror, Path.Combine(site, folder)))
                return new($"it is inside the site's {folder}/ folder, so the next build would publish the mirror too; use a folder outside the site", $"den ligger i webbplatsens mapp {folder}/, så nästa bygge skulle publicera spegeln också; använd en mapp utanför webbplatsen");
        }
        if (RealPath.IsInside(mirror, output) || RealPath.IsInside(output, mirror))
            return new("it is the output folder, or holds it or lies in it; a mirror is a copy somewhere else", "det är utdatamappen, eller innehåller den eller ligger i den; en spegel är en kopia någon annanstans");
        if (Directory.Exists(mirror) && Directory.EnumerateFileSystemEntries(mirror).Any() && !File.Exists(Path.Combine(mirror, Sha256Sums.FileName)))
            return new($"it is not empty and holds no {Sha256Sums.FileName}, so staticcrisis did not write it; choose an empty or new folder", $"den är inte tom och har ingen {Sha256Sums.FileName}, så staticcrisis skrev den inte; välj en tom eller ny mapp");
        return null;
    }

    /// <summary>The real path of a folder that may not exist yet: its nearest existing parent resolved, the rest as written.</summary>
    private static string Real(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var rest = new Stack<string>();
        var existing = full;
        while (RealPath.Of(existing) is not { } real)
        {
            var parent = Path.GetDirectoryName(existing);
            if (parent is null)
                return full;
            rest.Push(Path.GetFileName(existing));
            existing = parent;
        }
        var result = RealPath.Of(existing)!;
        while (rest.Count > 0)
            result = Path.Combine(result, rest.Pop());
        return result;
    }
}

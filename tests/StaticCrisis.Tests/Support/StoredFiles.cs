namespace StaticCrisis.Tests.Support;

/// <summary>What a server really stores in a mirror's folder, read from the disk rather than through a remote.</summary>
public static class StoredFiles
{
    /// <summary>Every file under the folder (hidden ones too), relative with '/'; none when the folder does not exist.</summary>
    public static IReadOnlyList<string> In(string folder) =>
        Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))]
            : [];
}

using System.Security.Cryptography;

namespace StaticCrisis.Tests.Support;

/// <summary>Every file of a folder by relative path and content hash: two equal snapshots mean byte-for-byte equal folders.</summary>
public static class FolderSnapshot
{
    public static IReadOnlyDictionary<string, string> Take(string folder)
    {
        if (!Directory.Exists(folder))
            return new Dictionary<string, string>();
        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToDictionary(
                path => Path.GetRelativePath(folder, path).Replace('\\', '/'),
                path => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))));
    }

    public static bool Equal(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var hash) && hash == pair.Value);
}

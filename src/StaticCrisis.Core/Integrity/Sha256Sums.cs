using System.Security.Cryptography;
using System.Text;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Kernel.Files;

namespace StaticCrisis.Core.Integrity;

/// <summary>
/// SHA256SUMS at the output root: one BSD tag line per file, <c>SHA256 (path) = hex</c>, sorted by path, LF line ends,
/// which <c>sha256sum -c</c> and <c>signify -C</c> read. It is also the remote manifest for publishing.
/// </summary>
public static class Sha256Sums
{
    public const string FileName = "SHA256SUMS";

    public static OutputFile Write(IReadOnlyList<OutputFile> files, ParallelOptions parallel)
    {
        var hashes = new string[files.Count];
        Parallel.For(0, files.Count, parallel, i => hashes[i] = HashOf(files[i]));
        var paths = new List<string>(files.Count);
        var listed = new List<string>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            if (IsManifestFile(files[i].Path))
                continue;
            paths.Add(files[i].Path);
            listed.Add(hashes[i]);
        }
        return OutputFile.FromText(FileName, Format(paths, listed));
    }

    /// <summary>The manifest's own files (the list and its signature) are not listed in it.</summary>
    public static bool IsManifestFile(string path) => path == FileName || path.StartsWith(FileName + ".", StringComparison.Ordinal);

    public static string Format(IEnumerable<(string Path, string Hash)> entries)
    {
        var list = entries.ToList();
        return Format(list.ConvertAll(entry => entry.Path), list.ConvertAll(entry => entry.Hash));
    }

    // Sorts positions, not (path, hash) pairs: LINQ over pairs of strings compiles some forty generic methods at run time,
    // several milliseconds of every build. Equal paths keep their order, as OrderBy keeps it.
    private static string Format(List<string> paths, List<string> hashes)
    {
        var order = new int[paths.Count];
        for (var i = 0; i < order.Length; i++)
            order[i] = i;
        Array.Sort(order, (a, b) => string.CompareOrdinal(paths[a], paths[b]) is var byPath and not 0 ? byPath : a.CompareTo(b));
        var text = new StringBuilder();
        foreach (var i in order)
        {
            // The build refuses such names long before this (SC1043); a line break here would forge a line of the signed list.
            if (paths[i].AsSpan().IndexOfAny('\n', '\r') >= 0)
                throw new InvalidOperationException($"a path with a line break reached the manifest: {TerminalText.Escape(paths[i])}");
            text.Append("SHA256 (").Append(paths[i]).Append(") = ").Append(hashes[i]).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>Reads a manifest: path to lowercase hex hash. Returns null when a line is not in the BSD tag form.</summary>
    public static IReadOnlyDictionary<string, string>? Parse(string text)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0)
                continue;
            // The path may itself hold ") = ", so the hash is taken from the end.
            const string head = "SHA256 (", middle = ") = ";
            if (!line.StartsWith(head, StringComparison.Ordinal) || line.Length < head.Length + middle.Length + 64)
                return null;
            var hash = line[^64..];
            if (!line[..^64].EndsWith(middle, StringComparison.Ordinal) || !hash.All(Uri.IsHexDigit))
                return null;
            var path = line[head.Length..^(64 + middle.Length)];
            if (!IsSafePath(path) || !entries.TryAdd(path, hash.ToLowerInvariant()))
                return null;
        }
        return entries;
    }

    /// <summary>
    /// A manifest from a mirror decides what publishing deletes there, so only plain relative paths are accepted:
    /// nothing absolute, no '..', no backslash, no empty segment, no control character (the build never makes one).
    /// </summary>
    public static bool IsSafePath(string path) =>
        path.Length > 0 && !path.Contains('\\', StringComparison.Ordinal) && !path.Any(char.IsControl) &&
        path.Split('/').All(segment => segment.Length > 0 && segment != "." && segment != "..");

    public static string HashOf(OutputFile file)
    {
        if (file.Content is { } content)
            return Convert.ToHexStringLower(SHA256.HashData(content));
        using var stream = File.OpenRead(file.CopyFrom!);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}

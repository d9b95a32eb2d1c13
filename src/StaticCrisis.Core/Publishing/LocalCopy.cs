using StaticCrisis.Core.Integrity;

namespace StaticCrisis.Core.Publishing;

/// <summary>
/// The built site as publishing sees it: the files its SHA256SUMS lists, each checked against its hash (so a file
/// edited after the build is caught before it reaches a mirror), plus the manifest and its signature.
/// </summary>
public sealed record LocalCopy(string Directory, IReadOnlyList<LocalFile> Files, byte[] Manifest, byte[]? Signature)
{
    public const string SignatureFileName = Sha256Sums.FileName + ".minisig";

    public string FullPath(string path) => System.IO.Path.Combine(Directory, path);

    /// <summary>Reads a built output folder; throws <see cref="LocalCopyException"/> when it is not one, or has changed since it was built.</summary>
    public static LocalCopy Load(string directory, int parallelism = 4)
    {
        var manifestPath = System.IO.Path.Combine(directory, Sha256Sums.FileName);
        if (!File.Exists(manifestPath))
            throw new LocalCopyException($"{directory} has no {Sha256Sums.FileName}: build the site first");
        var manifest = File.ReadAllBytes(manifestPath);
        var entries = Sha256Sums.Parse(System.Text.Encoding.UTF8.GetString(manifest))
            ?? throw new LocalCopyException($"{manifestPath} is not a valid manifest: build the site again");
        var listed = entries.OrderBy(entry => entry.Key, StringComparer.Ordinal).ToList();
        var files = new LocalFile[listed.Count];
        var problems = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, listed.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, i =>
        {
            var (path, hash) = listed[i];
            var full = System.IO.Path.Combine(directory, path);
            if (!File.Exists(full))
            {
                problems.Add($"{path} is listed in {Sha256Sums.FileName} but missing");
                return;
            }
            using var stream = File.OpenRead(full);
            var actual = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
            if (actual != hash)
                problems.Add($"{path} has changed since the site was built");
            files[i] = new LocalFile(path, hash, stream.Length);
        });
        if (!problems.IsEmpty)
        {
            var shown = problems.Order(StringComparer.Ordinal).ToList();
            var more = shown.Count > 5 ? $" (and {shown.Count - 5} more)" : "";
            throw new LocalCopyException($"{directory} does not match its {Sha256Sums.FileName}: {string.Join("; ", shown.Take(5))}{more}; build the site again");
        }
        var signaturePath = System.IO.Path.Combine(directory, SignatureFileName);
        var signature = File.Exists(signaturePath) ? File.ReadAllBytes(signaturePath) : null;
        return new LocalCopy(directory, files, manifest, signature);
    }
}

/// <summary>One file of the built site: its path relative to the output root, with '/'.</summary>
public sealed record LocalFile(string Path, string Hash, long Size);

/// <summary>The output folder cannot be published as it is.</summary>
public sealed class LocalCopyException(string message) : Exception(message);

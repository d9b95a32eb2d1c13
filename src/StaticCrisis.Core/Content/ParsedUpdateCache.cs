using System.Collections.Concurrent;
using System.Security.Cryptography;
using StaticCrisis.Core.Diagnostics;

namespace StaticCrisis.Core.Content;

/// <summary>
/// Updates read by earlier builds of one process (serve), by file: a file whose bytes are the same as last time gives the
/// same update and the same problems without being parsed again. Valid for one site.yml only (<see cref="Build.BuildCache"/>
/// empties it when that changes). Files are compared by content, not by modification time: two saves within one tick of
/// the file system's clock must not look alike.
/// </summary>
public sealed class ParsedUpdateCache
{
    private readonly ConcurrentDictionary<string, Entry> _byPath = new(StringComparer.Ordinal);
    private int _parsed;

    private sealed record Entry(byte[] Hash, Update? Update, IReadOnlyList<Diagnostic> Problems);

    /// <summary>Files parsed (not found in the cache) since <see cref="StartCounting"/>.</summary>
    public int Parsed => Volatile.Read(ref _parsed);

    public void StartCounting() => Volatile.Write(ref _parsed, 0);

    /// <summary>The update in <paramref name="bytes"/>, from the cache or made by <paramref name="parse"/>; its problems go into <paramref name="diagnostics"/> either way.</summary>
    public Update? GetOrParse(string relativePath, byte[] bytes, Func<DiagnosticBag, Update?> parse, DiagnosticBag diagnostics)
    {
        var hash = SHA256.HashData(bytes);
        if (!_byPath.TryGetValue(relativePath, out var entry) || !entry.Hash.AsSpan().SequenceEqual(hash))
        {
            var problems = new DiagnosticBag();
            entry = new Entry(hash, parse(problems), problems.Items);
            Interlocked.Increment(ref _parsed);
            _byPath[relativePath] = entry;
        }
        diagnostics.AddRange(entry.Problems);
        return entry.Update;
    }

    /// <summary>Forgets files that are gone, so a long session does not keep every version it ever saw.</summary>
    public void KeepOnly(IReadOnlySet<string> relativePaths)
    {
        foreach (var path in _byPath.Keys)
        {
            if (!relativePaths.Contains(path))
                _byPath.TryRemove(path, out _);
        }
    }

    public void Clear() => _byPath.Clear();
}

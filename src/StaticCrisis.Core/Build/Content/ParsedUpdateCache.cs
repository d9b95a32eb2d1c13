using System.Collections.Concurrent;
using System.Security.Cryptography;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Core.Content;

/// <summary>
/// Updates read by earlier builds of one process (serve), by file: a file that has not changed gives the same update and
/// the same problems without being read or parsed again. Valid for one site.yml only (<see cref="Build.BuildCache"/>
/// empties it when that changes).
/// </summary>
/// <remarks>
/// A file whose size and modification time are as they were is unchanged, unless it was modified so shortly before it
/// was read that a second save could have got the same time (file system clocks tick in milliseconds, on FAT in two
/// seconds): such a file is read again and compared by content, as git does with its index.
/// </remarks>
public sealed class ParsedUpdateCache
{
    private static readonly TimeSpan ClockTick = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<string, Entry> _byPath = new(StringComparer.Ordinal);
    private int _parsed;

    private sealed record Entry(long Length, DateTime Modified, DateTime ReadAt, byte[] Hash, Update? Update, IReadOnlyList<Diagnostic> Problems)
    {
        public bool Matches(FileInfo file) => file.Length == Length && file.LastWriteTimeUtc == Modified && Modified < ReadAt - ClockTick;
    }

    /// <summary>Files parsed (not found in the cache) since <see cref="StartCounting"/>.</summary>
    public int Parsed => Volatile.Read(ref _parsed);

    public void StartCounting() => Volatile.Write(ref _parsed, 0);

    /// <summary>The update of a file known not to have changed, without reading it; its problems go into <paramref name="diagnostics"/>.</summary>
    public bool TryGetUnchanged(string relativePath, FileInfo file, DiagnosticBag diagnostics, out Update? update)
    {
        update = null;
        if (!_byPath.TryGetValue(relativePath, out var entry) || !entry.Matches(file))
            return false;
        diagnostics.AddRange(entry.Problems);
        update = entry.Update;
        return true;
    }

    /// <summary>
    /// The update in <paramref name="bytes"/> (read at <paramref name="readAt"/>, after <paramref name="file"/> was looked at),
    /// from the cache when they are the bytes parsed before, else made by <paramref name="parse"/>; its problems go into
    /// <paramref name="diagnostics"/> either way.
    /// </summary>
    public Update? GetOrParse(string relativePath, FileInfo file, DateTime readAt, byte[] bytes, Func<DiagnosticBag, Update?> parse, DiagnosticBag diagnostics)
    {
        var hash = SHA256.HashData(bytes);
        if (_byPath.TryGetValue(relativePath, out var entry) && entry.Hash.AsSpan().SequenceEqual(hash))
        {
            entry = entry with { Length = file.Length, Modified = file.LastWriteTimeUtc, ReadAt = readAt };
        }
        else
        {
            var problems = new DiagnosticBag();
            entry = new Entry(file.Length, file.LastWriteTimeUtc, readAt, hash, parse(problems), problems.Items);
            Interlocked.Increment(ref _parsed);
        }
        _byPath[relativePath] = entry;
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

using System.Text;

namespace StaticCrisis.Core.Kernel.Files;

/// <summary>
/// A file of the built site: bytes made by the build, or a file copied as it is. Pages and feeds are made the first time
/// their <see cref="Content"/> is read (<see cref="Later"/>): a build reads them all at once, serve when a browser asks.
/// </summary>
public sealed class OutputFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Lazy<byte[]>? _content;

    private OutputFile(string path, Lazy<byte[]>? content, string? copyFrom)
    {
        Path = path;
        _content = content;
        CopyFrom = copyFrom;
    }

    /// <summary>Where the file goes, relative to the output folder, with '/'.</summary>
    public string Path { get; }

    /// <summary>
    /// The bytes, made on the first read, once, however many threads read at once; a failure to make them is thrown to
    /// every reader. Null for a copied file.
    /// </summary>
    public byte[]? Content => _content?.Value;

    /// <summary>The file copied as it is (an image, the stylesheet); null for a made one.</summary>
    public string? CopyFrom { get; }

    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);

    /// <summary>The same file at another path (a language's page in its folder); its bytes are made once for both.</summary>
    public OutputFile At(string path) => path == Path ? this : new(path, _content, CopyFrom);

    public static OutputFile FromText(string path, string text) => FromBytes(path, Utf8.GetBytes(text));

    public static OutputFile FromBytes(string path, byte[] bytes) => new(path, new Lazy<byte[]>(bytes), null);

    /// <summary>A file whose bytes are made when first read.</summary>
    public static OutputFile Later(string path, Func<byte[]> make) =>
        new(path, new Lazy<byte[]>(make, LazyThreadSafetyMode.ExecutionAndPublication), null);

    /// <summary>A text file (UTF-8, no byte order mark) whose text is made when first read.</summary>
    public static OutputFile LaterText(string path, Func<string> make) => Later(path, () => Utf8.GetBytes(make()));

    public static OutputFile Copy(string path, string sourceFullPath) => new(path, null, sourceFullPath);

    /// <summary>Makes the bytes of every file not made yet, several at once; throws what making any of them threw.</summary>
    /// <param name="made">Told (files done, files in all) after each; called from worker threads.</param>
    public static void MakeAll(IReadOnlyList<OutputFile> files, ParallelOptions parallel, Action<int, int>? made = null)
    {
        if (TryMakeAll(files, parallel, made) is [_, ..] failed)
            throw new AggregateException(failed.Select(failure => failure.Error));
    }

    /// <summary>
    /// As <see cref="MakeAll"/>, but a file that cannot be made (a template that throws) does not stop the others: it is
    /// returned, by path, with what it threw. Throws <see cref="OperationCanceledException"/> when the token is cancelled.
    /// </summary>
    public static IReadOnlyList<(string Path, Exception Error)> TryMakeAll(IReadOnlyList<OutputFile> files, ParallelOptions parallel, Action<int, int>? made = null)
    {
        var failed = new System.Collections.Concurrent.ConcurrentBag<(string Path, Exception Error)>();
        var done = 0;
        Parallel.For(0, files.Count, parallel, i =>
        {
            try
            {
                _ = files[i].Content;
            }
            catch (Exception e)
            {
                failed.Add((files[i].Path, e));
            }
            made?.Invoke(Interlocked.Increment(ref done), files.Count);
        });
        return [.. failed.OrderBy(failure => failure.Path, StringComparer.Ordinal)];
    }
}

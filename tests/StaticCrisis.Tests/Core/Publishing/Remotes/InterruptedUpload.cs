using System.Diagnostics;
using System.Text;
using StaticCrisis.Core.Publishing.Remotes;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.Core.Publishing.Remotes;

/// <summary>
/// Interrupts an upload while the server is already writing it: the local file is a named pipe the test feeds, so
/// the upload is cancelled exactly when part of the new bytes has reached the server and the rest has not.
/// </summary>
public static class InterruptedUpload
{
    public static readonly byte[] OldContent = Encoding.UTF8.GetBytes("<p>the old, whole page</p>");

    /// <summary>Uploads <c>index.html</c> whole, then starts replacing it and cancels midway.</summary>
    /// <param name="temporaryOnServer">Where the server writes the upload's temporary file on this machine's disk.</param>
    public static async Task WriteOldThenInterruptNewAsync(IRemote remote, string temporaryOnServer)
    {
        using var local = new TempFolder();
        var old = local.Combine("old.html");
        await File.WriteAllBytesAsync(old, OldContent);
        await remote.UploadAsync("index.html", old, CancellationToken.None);

        var pipe = local.Combine("new.html");
        using (var mkfifo = Process.Start("mkfifo", [pipe]))
            await mkfifo.WaitForExitAsync();
        using var cancel = new CancellationTokenSource();
        // Started on its own thread: opening a pipe for reading waits for the writer below.
        var upload = Task.Run(() => remote.UploadAsync("index.html", pipe, cancel.Token));
        var writer = new FileStream(pipe, FileMode.Open, FileAccess.Write, FileShare.Read, bufferSize: 0);
        var chunk = Encoding.UTF8.GetBytes(new string('n', 256 * 1024));
        await writer.WriteAsync(chunk);
        WaitUntilServerHasPartOf(temporaryOnServer);
        await cancel.CancelAsync();
        try
        {
            // Unblocks a read the upload may be waiting in, so it notices the cancellation.
            await writer.WriteAsync(chunk);
            await writer.DisposeAsync();
        }
        catch (IOException)
        {
            // The upload stopped reading already: the pipe is broken.
        }
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => upload);
    }

    private static void WaitUntilServerHasPartOf(string file)
    {
        // A readiness wait, not a timed assertion: the limit only keeps a stuck upload from hanging the run.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!(File.Exists(file) && new FileInfo(file).Length > 0))
        {
            if (DateTime.UtcNow > deadline)
                throw new InvalidOperationException($"the server never started writing {file}");
            Thread.Sleep(20);
        }
    }
}

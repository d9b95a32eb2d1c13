using System.Text;
using StaticCrisis.Core.Publishing;

namespace StaticCrisis.Cli.Publishing;

/// <summary>
/// The last defence for credentials: everything publish prints passes through here, a line at a time, and any secret in
/// it is replaced by <see cref="SecretMask.Mask"/> before it reaches the terminal or a log. Messages are built never to hold one; this catches
/// the message a server or a library echoes back.
/// </summary>
public sealed class SecretScrubbingWriter : TextWriter
{
    private readonly TextWriter _inner;
    private readonly string[] _secrets;
    private readonly StringBuilder _line = new();
    private readonly Lock _lock = new();

    public SecretScrubbingWriter(TextWriter inner, IEnumerable<string> secrets)
    {
        _inner = inner;
        // Longest first, so a secret that contains another is masked whole.
        _secrets = [.. SecretMask.Forms(secrets)];
    }

    public override Encoding Encoding => _inner.Encoding;

    public override void Write(char value)
    {
        lock (_lock)
        {
            _line.Append(value);
            // A progress bar redraws with '\r': each redraw is a line of its own.
            if (value is '\n' or '\r')
                FlushLine();
        }
    }

    public override void Write(string? value)
    {
        if (value is null)
            return;
        lock (_lock)
        {
            foreach (var c in value)
            {
                _line.Append(c);
                if (c is '\n' or '\r')
                    FlushLine();
            }
        }
    }

    public override void Flush()
    {
        lock (_lock)
        {
            FlushLine();
            _inner.Flush();
        }
    }

    private void FlushLine()
    {
        if (_line.Length == 0)
            return;
        var text = _line.ToString();
        _line.Clear();
        foreach (var secret in _secrets)
            text = text.Replace(secret, SecretMask.Mask, StringComparison.Ordinal);
        _inner.Write(text);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            Flush();
        base.Dispose(disposing);
    }
}

using System.Text;

namespace StaticCrisis.Core.Publishing.Remotes;

/// <summary>
/// Reads the control connection's replies line by line, straight from the stream, so that nothing is left buffered
/// when the connection switches to TLS after <c>AUTH TLS</c>.
/// </summary>
internal sealed class FtpLineReader(Func<Stream> stream)
{
    private const int MaxLine = 8192;

    private readonly byte[] _buffer = new byte[4096];
    private int _start;
    private int _end;

    /// <summary>True when bytes are waiting that were read past the last line: the stream must not be swapped then.</summary>
    public bool HasBufferedBytes => _end > _start;

    public async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        var line = new List<byte>();
        while (true)
        {
            if (_start == _end)
            {
                _start = 0;
                _end = await stream().ReadAsync(_buffer, cancellationToken);
                if (_end == 0)
                    return null;
            }
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            var stop = newline < 0 ? _end : newline;
            line.AddRange(_buffer.AsSpan(_start, stop - _start));
            _start = newline < 0 ? _end : newline + 1;
            if (line.Count > MaxLine)
                throw new InvalidDataException("the server sent a reply line longer than 8 KB");
            if (newline >= 0)
                return Encoding.UTF8.GetString([.. line]).TrimEnd('\r');
        }
    }
}

using System.Globalization;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;

namespace StaticCrisis.Core.Publishing.Remotes;

/// <summary>
/// One FTP control connection and the passive data connections it opens (RFC 959, EPSV from RFC 2428, explicit TLS
/// from RFC 4217). Knows the protocol's mechanics; what the replies mean for publishing is <see cref="FtpRemote"/>'s.
/// Every wait is bounded by <see cref="Timeout"/>.
/// </summary>
internal sealed partial class FtpSession : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly string _host;
    private readonly X509Certificate2Collection? _trustedRoots;
    private readonly TcpClient _control;
    private readonly FtpLineReader _reader;
    private Stream _stream;
    private bool _extendedPassiveRefused;
    private string? _certificateProblem;

    private FtpSession(string host, TcpClient control, X509Certificate2Collection? trustedRoots)
    {
        _host = host;
        _control = control;
        _trustedRoots = trustedRoots;
        _stream = control.GetStream();
        _reader = new FtpLineReader(() => _stream);
    }

    /// <summary>True once the control connection is encrypted; data connections are then encrypted too (PROT P).</summary>
    public bool IsProtected { get; private set; }

    /// <summary>Connects and returns the server's greeting.</summary>
    /// <param name="trustedRoots">Null: certificates are checked against the system's trust store, as in every real use.</param>
    public static async Task<(FtpSession Session, FtpReply Greeting)> ConnectAsync(string host, int port, X509Certificate2Collection? trustedRoots, CancellationToken cancellationToken)
    {
        var control = new TcpClient { NoDelay = true };
        try
        {
            try
            {
                await WithTimeoutAsync(host, token => control.ConnectAsync(host, port, token).AsTask(), cancellationToken);
            }
            catch (SocketException error)
            {
                throw new RemoteException($"cannot reach {host}:{port}: {error.Message}", error);
            }
            var session = new FtpSession(host, control, trustedRoots);
            var greeting = await session.ReadReplyAsync(cancellationToken);
            // 120: "ready in a few minutes"; the 220 follows.
            while (greeting.IsPreliminary)
                greeting = await session.ReadReplyAsync(cancellationToken);
            return (session, greeting);
        }
        catch
        {
            control.Dispose();
            throw;
        }
    }

    /// <summary>Sends one command and returns its reply.</summary>
    public async Task<FtpReply> SendAsync(string command, CancellationToken cancellationToken)
    {
        if (command.AsSpan().IndexOfAny('\r', '\n') >= 0)
            throw new RemoteException("a file name contains a line break, which FTP cannot send");
        await WithTimeoutAsync(_host, async token =>
        {
            await _stream.WriteAsync(Encoding.UTF8.GetBytes(command + "\r\n"), token);
            await _stream.FlushAsync(token);
        }, cancellationToken);
        return await ReadReplyAsync(cancellationToken);
    }

    /// <summary>Reads one reply, joining the lines of a multi-line one (<c>123-first … 123 last</c>).</summary>
    public Task<FtpReply> ReadReplyAsync(CancellationToken cancellationToken) => WithTimeoutAsync(_host, ReadReplyUntimedAsync, cancellationToken);

    private async Task<FtpReply> ReadReplyUntimedAsync(CancellationToken cancellationToken)
    {
        var first = await ReadLineAsync(cancellationToken);
        if (first.Length < 3 || !int.TryParse(first.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var code))
            throw new RemoteException($"{_host} does not speak FTP: it answered \"{Shorten(first)}\"");
        var text = new StringBuilder(first.Length > 4 ? first[4..] : "");
        if (first.Length > 3 && first[3] == '-')
        {
            var last = first[..3] + " ";
            while (true)
            {
                var line = await ReadLineAsync(cancellationToken);
                var isLast = line.StartsWith(last, StringComparison.Ordinal) || line == first[..3];
                text.Append('\n').Append(isLast ? line[Math.Min(4, line.Length)..] : line);
                if (isLast)
                    break;
            }
        }
        return new FtpReply(code, text.ToString());
    }

    private async Task<string> ReadLineAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _reader.ReadLineAsync(cancellationToken) ?? throw new RemoteException($"{_host} closed the connection");
        }
        catch (InvalidDataException error)
        {
            throw new RemoteException($"{_host}: {error.Message}", error);
        }
    }

    /// <summary>Switches the control connection to TLS after the server accepted <c>AUTH TLS</c>.</summary>
    public async Task StartTlsAsync(CancellationToken cancellationToken)
    {
        if (_reader.HasBufferedBytes)
            throw new RemoteException($"{_host} sent data before the TLS handshake");
        _stream = await AuthenticateAsync(_stream, cancellationToken);
        IsProtected = true;
    }

    /// <summary>
    /// Opens a passive data connection, sends the transfer command on the control connection and, once the server
    /// answers that the transfer starts, returns the data stream (encrypted when the session is). A refusal (say 550
    /// for a missing file) is returned as the reply instead, with no stream.
    /// </summary>
    public async Task<(Stream? Data, FtpReply Reply)> OpenTransferAsync(string command, CancellationToken cancellationToken)
    {
        var endpoint = await PassiveEndpointAsync(cancellationToken);
        var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        Stream? stream = null;
        try
        {
            await WithTimeoutAsync(_host, token => socket.ConnectAsync(endpoint, token).AsTask(), cancellationToken);
            stream = new NetworkStream(socket, ownsSocket: true);
            var reply = await SendAsync(command, cancellationToken);
            if (!reply.IsPreliminary)
            {
                await stream.DisposeAsync();
                return (null, reply);
            }
            if (IsProtected)
                stream = await AuthenticateAsync(stream, cancellationToken);
            return (stream, reply);
        }
        catch
        {
            if (stream is not null)
                await stream.DisposeAsync();
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Ends a data stream cleanly (TLS close_notify first, which servers check to tell a whole upload from a cut one).</summary>
    public async Task CloseTransferAsync(Stream data, CancellationToken cancellationToken)
    {
        if (data is SslStream tls)
            await WithTimeoutAsync(_host, token => tls.ShutdownAsync().WaitAsync(token), cancellationToken);
        await data.DisposeAsync();
    }

    /// <summary>The server's address for the next data connection: EPSV, or PASV when the server does not know EPSV.</summary>
    private async Task<IPEndPoint> PassiveEndpointAsync(CancellationToken cancellationToken)
    {
        // Data connections go to the address the control connection reached, whatever a PASV reply says: a server
        // behind NAT often names its private address there.
        var server = ((IPEndPoint)_control.Client.RemoteEndPoint!).Address;
        if (server.IsIPv4MappedToIPv6)
            server = server.MapToIPv4();
        if (!_extendedPassiveRefused)
        {
            var extended = await SendAsync("EPSV", cancellationToken);
            if (extended.Code == 229 && ExtendedPassivePort().Match(extended.Text) is { Success: true } match)
                return new IPEndPoint(server, int.Parse(match.Groups["port"].Value, CultureInfo.InvariantCulture));
            if (extended.Code is not (500 or 501 or 502))
                throw new RemoteException($"{_host} refused a data connection: EPSV answered {extended}");
            _extendedPassiveRefused = true;
        }
        var passive = await SendAsync("PASV", cancellationToken);
        if (passive.Code != 227 || PassiveAddress().Match(passive.Text) is not { Success: true } address)
            throw new RemoteException($"{_host} refused a data connection: PASV answered {passive}");
        var high = int.Parse(address.Groups["high"].Value, CultureInfo.InvariantCulture);
        var low = int.Parse(address.Groups["low"].Value, CultureInfo.InvariantCulture);
        return new IPEndPoint(server, high * 256 + low);
    }

    /// <summary>
    /// A TLS handshake checked against the system's trust store. TLS 1.2 and the host name (not an address) as target
    /// make .NET resume the control connection's session on data connections, which servers require so that nobody
    /// else can take over a transfer; with TLS 1.3 the resumption failed on the second transfer.
    /// </summary>
    private async Task<SslStream> AuthenticateAsync(Stream inner, CancellationToken cancellationToken)
    {
        var tls = new SslStream(inner, leaveInnerStreamOpen: false);
        var options = new SslClientAuthenticationOptions
        {
            TargetHost = _host,
            EnabledSslProtocols = SslProtocols.Tls12,
            RemoteCertificateValidationCallback = (_, _, chain, errors) =>
            {
                if (errors != SslPolicyErrors.None)
                    _certificateProblem = Describe(errors, chain);
                return errors == SslPolicyErrors.None;
            },
        };
        if (_trustedRoots is not null)
        {
            options.CertificateChainPolicy = new X509ChainPolicy { TrustMode = X509ChainTrustMode.CustomRootTrust, RevocationMode = X509RevocationMode.NoCheck };
            options.CertificateChainPolicy.CustomTrustStore.AddRange(_trustedRoots);
        }
        try
        {
            await WithTimeoutAsync(_host, token => tls.AuthenticateAsClientAsync(options, token), cancellationToken);
            return tls;
        }
        catch (AuthenticationException error)
        {
            await tls.DisposeAsync();
            throw new RemoteException(_certificateProblem is { } problem
                ? $"{_host}'s TLS certificate is not trusted ({problem}): refusing to connect. The certificate must be valid for {_host} and issued by an authority this system trusts."
                : $"the TLS handshake with {_host} failed: {error.Message}", error);
        }
    }

    private static string Describe(SslPolicyErrors errors, X509Chain? chain)
    {
        var problems = new List<string>();
        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
            problems.Add("the server sent none");
        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
            problems.Add("it is for another host name");
        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateChainErrors))
            problems.AddRange(chain?.ChainStatus.Select(status => status.StatusInformation.Trim()).Where(text => text.Length > 0).Distinct() ?? ["its chain is not trusted"]);
        return string.Join("; ", problems);
    }

    /// <summary>Runs one network step with a token that also cancels after <see cref="Timeout"/>; a timeout becomes a <see cref="RemoteException"/>.</summary>
    public static async Task<T> WithTimeoutAsync<T>(string host, Func<CancellationToken, Task<T>> step, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            return await step(timeout.Token);
        }
        catch (OperationCanceledException error) when (!cancellationToken.IsCancellationRequested)
        {
            throw new RemoteException($"{host} did not answer within {Timeout.TotalSeconds:0} seconds", error);
        }
    }

    public static Task WithTimeoutAsync(string host, Func<CancellationToken, Task> step, CancellationToken cancellationToken) =>
        WithTimeoutAsync(host, async token =>
        {
            await step(token);
            return true;
        }, cancellationToken);

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _stream.WriteAsync("QUIT\r\n"u8.ToArray(), timeout.Token);
        }
        catch (Exception error) when (error is IOException or OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // Leaving anyway.
        }
        await _stream.DisposeAsync();
        _control.Dispose();
    }

    [GeneratedRegex(@"\((?<d>[!-~])\k<d>\k<d>(?<port>\d{1,5})\k<d>\)")]
    private static partial Regex ExtendedPassivePort();

    [GeneratedRegex(@"(\d{1,3},){4}(?<high>\d{1,3}),(?<low>\d{1,3})")]
    private static partial Regex PassiveAddress();
}

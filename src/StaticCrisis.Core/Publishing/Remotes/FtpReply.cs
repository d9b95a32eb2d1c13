namespace StaticCrisis.Core.Publishing.Remotes;

/// <summary>A server's reply to one FTP command: the three-digit code and the text of every line (RFC 959, 4.2).</summary>
internal sealed record FtpReply(int Code, string Text)
{
    /// <summary>1xx: the command started (a transfer); a final reply follows.</summary>
    public bool IsPreliminary => Code is >= 100 and < 200;

    /// <summary>2xx: done.</summary>
    public bool IsSuccess => Code is >= 200 and < 300;

    /// <summary>3xx: accepted, the next command of the pair is expected (PASS after USER, RNTO after RNFR).</summary>
    public bool IsIntermediate => Code is >= 300 and < 400;

    /// <summary>The reply as a server wrote it, on one line, for error messages.</summary>
    public override string ToString() => $"{Code} {Text.ReplaceLineEndings(" ").Trim()}";
}

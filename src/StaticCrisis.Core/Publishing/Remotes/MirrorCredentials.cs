namespace StaticCrisis.Core.Publishing.Remotes;

/// <summary>
/// A mirror's secrets, from the environment (never from site.yml): <c>STATICCRISIS_MIRROR_&lt;NAME&gt;_PASSWORD</c>,
/// <c>…_KEY_FILE</c> (an SFTP private key), <c>…_ACCESS_KEY_ID</c> and <c>…_SECRET_ACCESS_KEY</c> (S3, falling back to
/// <c>AWS_ACCESS_KEY_ID</c> and <c>AWS_SECRET_ACCESS_KEY</c>). <c>&lt;NAME&gt;</c> is the mirror's name upper-cased, with
/// every other character as '_'.
/// </summary>
public sealed record MirrorCredentials(string? Password, string? KeyFile, string? AccessKeyId, string? SecretAccessKey)
{
    public static readonly MirrorCredentials None = new(null, null, null, null);

    public static string VariablePrefix(string mirrorName) =>
        "STATICCRISIS_MIRROR_" + new string(mirrorName.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToUpperInvariant(c) : '_').ToArray()) + "_";

    public static string PasswordVariable(string mirrorName) => VariablePrefix(mirrorName) + "PASSWORD";

    public static MirrorCredentials FromEnvironment(string mirrorName, Func<string, string?> variable)
    {
        var prefix = VariablePrefix(mirrorName);
        string? Read(string name) => variable(name) is { Length: > 0 } value ? value : null;
        return new MirrorCredentials(
            Read(prefix + "PASSWORD"),
            Read(prefix + "KEY_FILE"),
            Read(prefix + "ACCESS_KEY_ID") ?? Read("AWS_ACCESS_KEY_ID"),
            Read(prefix + "SECRET_ACCESS_KEY") ?? Read("AWS_SECRET_ACCESS_KEY"));
    }

    /// <summary>Every secret value, so output can be checked (and scrubbed) for them.</summary>
    public IEnumerable<string> Secrets => new[] { Password, SecretAccessKey }.OfType<string>();

    /// <summary>Records print their values; credentials must never reach a log by accident.</summary>
    public override string ToString() => "MirrorCredentials { hidden }";
}

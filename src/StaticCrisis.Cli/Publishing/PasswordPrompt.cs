using StaticCrisis.Cli.Terminal;
using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Publishing.Remotes;

namespace StaticCrisis.Cli.Publishing;

/// <summary>Asks on the terminal, without echo, for a password the environment did not give. Never used when input is redirected (CI, scripts).</summary>
public static class PasswordPrompt
{
    /// <summary>Whether the mirror logs in with a password it does not have: a user in its url, and no key file for sftp.</summary>
    public static bool IsNeeded(MirrorDefinition mirror, MirrorCredentials credentials) =>
        credentials.Password is null && mirror.Address.User is not null && mirror.Address.Protocol switch
        {
            MirrorProtocol.Ftp or MirrorProtocol.Ftps or MirrorProtocol.WebDav or MirrorProtocol.WebDavs or MirrorProtocol.GitHttps => true,
            MirrorProtocol.Sftp => credentials.KeyFile is null,
            _ => false,
        };

    /// <summary>Whether a prompt can be answered: the tool's own stdin and stderr are a terminal.</summary>
    public static bool CanAsk(TextWriter stderr) =>
        ReferenceEquals(stderr, Console.Error) && !Console.IsInputRedirected && !Console.IsErrorRedirected;

    public static string? Ask(MirrorDefinition mirror, TextWriter stderr) =>
        HiddenInput.Read($"Password for {mirror.Address.User} at mirror '{mirror.Name}' ({MirrorCredentials.PasswordVariable(mirror.Name)} not set): ", stderr) is { Length: > 0 } password
            ? password
            : null;
}

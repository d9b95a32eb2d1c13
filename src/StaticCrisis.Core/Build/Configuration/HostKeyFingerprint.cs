using System.Security.Cryptography;

namespace StaticCrisis.Core.Configuration;

/// <summary>An SSH host key fingerprint in OpenSSH's form, <c>SHA256:</c> and unpadded base64, as <c>ssh-keygen -lf</c> prints it.</summary>
public static class HostKeyFingerprint
{
    private const string Prefix = "SHA256:";

    public static bool IsWellFormed(string value) =>
        value.StartsWith(Prefix, StringComparison.Ordinal) && value.Length == Prefix.Length + 43 &&
        Convert.TryFromBase64String(value[Prefix.Length..] + "=", new byte[32], out var written) && written == 32;

    /// <summary>The fingerprint of a host key blob as the server sends it.</summary>
    public static string Of(byte[] hostKeyBlob) =>
        Prefix + Convert.ToBase64String(SHA256.HashData(hostKeyBlob)).TrimEnd('=');

    public static bool Matches(string pinned, byte[] hostKeyBlob) =>
        CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(pinned), System.Text.Encoding.ASCII.GetBytes(Of(hostKeyBlob)));
}

using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Kernel.Text;
using StaticCrisis.Core.Kernel.Yaml;

namespace StaticCrisis.Core.Configuration;

/// <summary>Reads site.yml's <c>mirrors</c> list: every problem located, no secret ever accepted.</summary>
internal static class MirrorsReader
{
    public static List<MirrorDefinition> Read(YamlMappingReader yaml)
    {
        var mirrors = new List<MirrorDefinition>();
        var firstLineOfName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var mirror in yaml.MappingList("mirrors", "'name' and 'url'"))
        {
            mirror.WarnUnknownKeys(["name", "url", "publicUrl", "hostKey"]);
            var name = mirror.Text("name", required: true)?.Trim();
            var url = mirror.Text("url", required: true)?.Trim();
            if (name is null || url is null)
                continue;
            var location = mirror.LocationOf("name");
            if (!IsSafeName(name))
            {
                yaml.Diagnostics.Add(Problems.MirrorNameInvalid(location, name));
                continue;
            }
            // Names differing only in case would share environment variables.
            if (firstLineOfName.TryGetValue(name, out var firstLine))
            {
                yaml.Diagnostics.Add(Problems.MirrorNameDuplicate(location, name, firstLine));
                continue;
            }
            firstLineOfName[name] = location.Line;
            var address = MirrorAddress.TryParse(url, out var problem);
            if (address is null)
            {
                yaml.Diagnostics.Add(Problems.MirrorUrlInvalid(mirror.LocationOf("url"), name, problem!.Value));
                continue;
            }
            var publicUrl = ReadPublicUrl(mirror, name);
            var hostKey = ReadHostKey(mirror, name, address);
            mirrors.Add(new MirrorDefinition(name, address, publicUrl, hostKey, location));
        }
        return mirrors;
    }

    private static bool IsSafeName(string name) =>
        name.Length is > 0 and <= 40 && name.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_');

    private static Uri? ReadPublicUrl(YamlMappingReader mirror, string name)
    {
        var value = mirror.Text("publicUrl")?.Trim();
        if (string.IsNullOrEmpty(value))
            return null;
        if (SafeUrls.IsPublicWebAddress(value, out var uri))
            return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.GetLeftPart(UriPartial.Path) + "/");
        mirror.Diagnostics.Add(Problems.MirrorPublicUrlInvalid(mirror.LocationOf("publicUrl"), name, value));
        return null;
    }

    private static string? ReadHostKey(YamlMappingReader mirror, string name, MirrorAddress address)
    {
        var value = mirror.Text("hostKey")?.Trim();
        if (string.IsNullOrEmpty(value))
            return null;
        if (address.Protocol != MirrorProtocol.Sftp)
        {
            mirror.Diagnostics.Add(Problems.MirrorHostKeyNotSftp(mirror.LocationOf("hostKey"), name));
            return null;
        }
        if (!HostKeyFingerprint.IsWellFormed(value))
        {
            mirror.Diagnostics.Add(Problems.MirrorHostKeyInvalid(mirror.LocationOf("hostKey"), name));
            return null;
        }
        return value;
    }
}

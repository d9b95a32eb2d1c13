using System.Globalization;

namespace StaticCrisis.Cli.Terminal;

/// <summary>A byte count for people: 512 B, 45.2 KB, 3.1 MB.</summary>
public static class ByteSize
{
    public static string Format(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MB"),
    };
}

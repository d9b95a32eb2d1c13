using Microsoft.AspNetCore.StaticFiles;

namespace StaticCrisis.Core.Kernel.Files;

/// <summary>
/// Content types of the files a site has, with the charset on text so browsers never guess: the preview server and the
/// remotes that store a type with each file (S3) use the same table.
/// </summary>
public static class ContentTypes
{
    private static readonly FileExtensionContentTypeProvider Known = new();

    public static string For(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var type = extension switch
        {
            ".xml" => "application/xml",
            ".rss" => "application/rss+xml",
            ".webmanifest" => "application/manifest+json",
            _ => Known.TryGetContentType(path, out var known) ? known : "application/octet-stream",
        };
        var isText = type.StartsWith("text/", StringComparison.Ordinal) || type is "application/xml" or "application/rss+xml" or "application/json" or "application/manifest+json" or "image/svg+xml" or "text/javascript" or "application/javascript";
        return isText ? type + "; charset=utf-8" : type;
    }
}

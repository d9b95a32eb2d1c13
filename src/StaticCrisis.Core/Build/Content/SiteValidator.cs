using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Core.Content;

/// <summary>Checks that need more than one file: two updates, or an update and a file, that would become the same page.</summary>
public static class SiteValidator
{
    public static void Validate(SiteContent content, DiagnosticBag diagnostics)
    {
        // Every file sharing a slug is named, and each message names the other file.
        foreach (var group in content.Updates.GroupBy(update => update.Slug, StringComparer.Ordinal).Where(group => group.Count() > 1))
        {
            var files = group.ToList();
            for (var i = 0; i < files.Count; i++)
            {
                var other = files[i == 0 ? 1 : 0];
                diagnostics.Add(Problems.SlugDuplicate(files[i].SlugLocation, group.Key, other.SourcePath));
            }
        }

        // An asset and an update page must not claim the same output file.
        var assetPaths = content.Assets.Select(asset => asset.OutputPath).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var update in content.Updates.Where(update => assetPaths.Contains(update.OutputPath)))
            diagnostics.Add(Problems.SlugDuplicate(update.SlugLocation, update.Slug, "content/" + update.OutputPath));
    }
}

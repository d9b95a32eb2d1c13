namespace StaticCrisis.Core.Content;

/// <summary>Everything read from <c>content/</c>: the updates, and the other files that are copied as they are.</summary>
public sealed record SiteContent(IReadOnlyList<Update> Updates, IReadOnlyList<ContentAsset> Assets);

/// <summary>A file under content/ that is not an update (an image, a PDF), copied to the same relative place in the output.</summary>
public sealed record ContentAsset(string SourceFullPath, string OutputPath);

namespace StaticCrisis.Core.Content;

/// <summary>Everything read from <c>content/</c>: the updates, and the other files that are copied as they are.</summary>
public sealed record SiteContent(IReadOnlyList<Update> Updates, IReadOnlyList<ContentAsset> Assets)
{
    /// <summary>Translations of the updates, once matched to their originals (<c>TranslationMatcher</c>); until then among the updates.</summary>
    public IReadOnlyList<Translation> Translations { get; init; } = [];
}

/// <summary>An update's text in another language: <paramref name="Text"/> gives the words, <paramref name="Original"/> everything else.</summary>
public sealed record Translation(Update Original, Update Text, string Language);

/// <summary>
/// A translation made from an earlier text of its original: when the original changed (its 'updated', else its date)
/// and, when the translation recorded it, the original's time it was made from; <paramref name="OriginalLanguage"/> is the
/// code of the language the original is written in (not always the site's main language).
/// </summary>
public sealed record StaleTranslation(DateTimeOffset OriginalChanged, DateTimeOffset? TranslatedFrom, string OriginalLanguage);

/// <summary>A file under content/ that is not an update (an image, a PDF), copied to the same relative place in the output.</summary>
public sealed record ContentAsset(string SourceFullPath, string OutputPath);

namespace StaticCrisis.Core.Publishing.Remotes;

/// <summary>
/// The order files reach a mirror: a file goes up before the files that link to it, so a reader who loads a page
/// mid-publish never follows a link to something not there yet. The manifest comes last: it says the copy is complete.
/// </summary>
public enum UploadGroup
{
    /// <summary>Images, stylesheets, documents and text: linked from pages, linking to nothing new.</summary>
    Asset,

    /// <summary><c>updates/*.html</c>: linked from every listing.</summary>
    UpdatePage,

    /// <summary>Every other page (archive, services, notice, embed, banner, 404): they list updates.</summary>
    Page,

    /// <summary>Feeds and machine listings (<c>.xml</c>, <c>.atom</c>, <c>.json</c>): readers and partners follow them to pages.</summary>
    FeedOrListing,

    /// <summary><c>index.html</c>: the entry point, so it shows the news only once everything it links to is there.</summary>
    HomePage,

    /// <summary><c>SHA256SUMS.minisig</c>, just before the manifest it signs.</summary>
    Signature,

    /// <summary><c>SHA256SUMS</c>: written only after every other upload succeeded.</summary>
    Manifest,
}

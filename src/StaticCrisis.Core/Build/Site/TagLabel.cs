using StaticCrisis.Core.Features.Languages.Settings;

namespace StaticCrisis.Core.Site;

/// <summary>A tag on a page or in a feed: its term as updates write it, the label shown, and the label's language when it is not the page's.</summary>
public sealed record TagLabel(string Term, string Label, KnownLanguage? OtherLanguage);

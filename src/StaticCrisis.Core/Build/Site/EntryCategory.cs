namespace StaticCrisis.Core.Site;

/// <summary>
/// A category of a feed entry: the update's severity or an affected service. <see cref="Term"/> is the stable machine
/// name (e.g. "warning", "hemtjanst"), <see cref="Label"/> the words in the site's language, <see cref="Scheme"/> which
/// list the term is from.
/// </summary>
public sealed record EntryCategory(string Scheme, string Term, string Label);

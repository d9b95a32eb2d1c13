namespace StaticCrisis.Core.Authoring;

/// <summary>What <c>staticcrisis new</c> wrote: the file's path relative to the site folder, and whether it is a draft.</summary>
public sealed record NewUpdate(string Path, bool IsDraft);

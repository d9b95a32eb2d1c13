namespace StaticCrisis.Core.Authoring;

/// <summary>
/// What <c>staticcrisis new</c> wrote: the file's path relative to the site folder, whether it is a draft, and the first
/// placeholder marker in it ("[FYLL I:", "[TÄYDENNÄ:"), in the template's language, for the advice on filling it in.
/// </summary>
public sealed record NewUpdate(string Path, bool IsDraft, string? Placeholder = null);

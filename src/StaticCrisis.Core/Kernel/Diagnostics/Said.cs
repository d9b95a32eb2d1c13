namespace StaticCrisis.Core.Kernel.Diagnostics;

/// <summary>One text in each language the tool speaks, written side by side so neither can be forgotten.</summary>
public readonly record struct Said(string English, string Swedish)
{
    public string In(UiLanguage language) => language == UiLanguage.Swedish ? Swedish : English;

    public override string ToString() => English;
}

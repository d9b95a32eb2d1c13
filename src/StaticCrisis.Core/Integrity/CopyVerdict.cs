namespace StaticCrisis.Core.Integrity;

/// <summary>What <c>verify</c> concludes about a copy, from its signature and its files.</summary>
public enum CopyVerdict
{
    /// <summary>The signature is the site's key's and every file matches.</summary>
    GenuineAndComplete,

    /// <summary>The signature is valid, but files are missing or differ.</summary>
    DamagedOrAltered,

    /// <summary>The signature does not hold: another key, a changed manifest or comment.</summary>
    NotGenuineSignature,

    /// <summary>A key was given (or site.yml has one), but the copy has no signature.</summary>
    NotGenuineUnsigned,

    /// <summary>No key to check with, and every file matches the copy's own manifest.</summary>
    CompleteNotProven,

    /// <summary>No key to check with, and files are missing or differ.</summary>
    Incomplete,

    /// <summary>The copy has no manifest that can be read: nothing can be checked.</summary>
    NoManifest,
}

/// <summary>What the copy's signature says.</summary>
public enum SignatureState
{
    Valid,
    Invalid,

    /// <summary>There is a key to check with, but no signature.</summary>
    Missing,

    /// <summary>There is no key to check with (the signature, if any, is read but not checked).</summary>
    NoKey,
}

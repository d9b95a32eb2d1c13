using System.Text;

namespace StaticCrisis.Core.Integrity;

/// <summary>
/// <c>verify</c>: is the copy at an address the site, whole and unchanged? Checks the signature of its SHA256SUMS with the
/// site's public key, then fetches every listed file and compares its hash. Genuine when the signature is valid and every
/// file matches; with no key at all, complete (not proven) when every file matches.
/// </summary>
public sealed record CopyVerification
{
    private const int Parallelism = 8;

    public required Uri Copy { get; init; }

    /// <summary>Why the manifest could not be fetched; null when it was (or when it was fetched but is not a manifest).</summary>
    public string? ManifestProblem { get; init; }

    /// <summary>How many files the manifest lists; null when there is no manifest to read.</summary>
    public int? Listed { get; init; }

    public SignatureState Signature { get; init; }

    /// <summary>The signature as read; null when it is absent or not a minisign signature.</summary>
    public MinisignSignature? SignatureRead { get; init; }

    /// <summary>Whether a signature file was there at all (it may still not be a minisign signature).</summary>
    public bool SignatureFetched { get; init; }

    public string? SignatureProblem { get; init; }

    /// <summary>How an invalid signature fails; null unless <see cref="Signature"/> is Invalid.</summary>
    public SignatureCheck? SignatureFailure { get; init; }

    /// <summary>Every file of the manifest, in path order.</summary>
    public IReadOnlyList<FileCheck> Files { get; init; } = [];

    public int Different => Files.Count(check => !check.Matches && check.ActualHash is not null);

    public int Missing => Files.Count(check => !check.Matches && check.ActualHash is null);

    public CopyVerdict Verdict => Listed is null ? CopyVerdict.NoManifest : (Signature, Different + Missing == 0) switch
    {
        (SignatureState.Valid, true) => CopyVerdict.GenuineAndComplete,
        (SignatureState.Valid, false) => CopyVerdict.DamagedOrAltered,
        (SignatureState.Invalid, _) => CopyVerdict.NotGenuineSignature,
        (SignatureState.Missing, _) => CopyVerdict.NotGenuineUnsigned,
        (SignatureState.NoKey, true) => CopyVerdict.CompleteNotProven,
        _ => CopyVerdict.Incomplete,
    };

    public bool Good => Verdict is CopyVerdict.GenuineAndComplete or CopyVerdict.CompleteNotProven;

    /// <param name="key">The key to check the signature with; null when there is none, which is not an error.</param>
    public static async Task<CopyVerification> RunAsync(HttpClient http, Uri copy, MinisignPublicKey? key, CancellationToken cancellationToken)
    {
        var (manifestBytes, manifestProblem) = await CopyVerifier.FetchFileAsync(http, copy, Sha256Sums.FileName, cancellationToken);
        var manifest = manifestBytes is null ? null : Sha256Sums.Parse(Encoding.UTF8.GetString(manifestBytes));
        if (manifest is null)
            return new CopyVerification { Copy = copy, ManifestProblem = manifestProblem };

        var (signatureBytes, signatureProblem) = await CopyVerifier.FetchFileAsync(http, copy, ManifestSigner.FileName, cancellationToken);
        var signature = signatureBytes is null ? null : MinisignSignature.Parse(Encoding.UTF8.GetString(signatureBytes));
        var check = signature is not null && key is not null ? signature.Verify(key, manifestBytes!) : (SignatureCheck?)null;
        var state = (signature, key, check) switch
        {
            (null, null, _) => SignatureState.NoKey,
            (null, _, _) => SignatureState.Missing,
            (_, null, _) => SignatureState.NoKey,
            (_, _, SignatureCheck.Valid) => SignatureState.Valid,
            _ => SignatureState.Invalid,
        };

        var files = await CopyVerifier.CheckFilesAsync(http, copy, [.. manifest.Select(entry => (entry.Key, entry.Value)).OrderBy(entry => entry.Key, StringComparer.Ordinal)], Parallelism, cancellationToken);
        files = await RetryUnfetched(http, copy, files, cancellationToken);
        return new CopyVerification
        {
            Copy = copy,
            Listed = manifest.Count,
            Signature = state,
            SignatureRead = signature,
            SignatureFetched = signatureBytes is not null,
            SignatureProblem = signatureProblem,
            SignatureFailure = state == SignatureState.Invalid ? check : null,
            Files = files,
        };
    }

    /// <summary>
    /// A busy host drops some of several parallel connections; a file it could not deliver is asked for once more, one at a
    /// time, so "MISSING" means missing rather than a moment's overload.
    /// </summary>
    private static async Task<IReadOnlyList<FileCheck>> RetryUnfetched(HttpClient http, Uri copy, IReadOnlyList<FileCheck> checks, CancellationToken cancellationToken)
    {
        var unfetched = checks.Where(check => check.ActualHash is null).Select(check => (check.Path, check.ExpectedHash)).ToList();
        if (unfetched.Count == 0)
            return checks;
        var again = (await CopyVerifier.CheckFilesAsync(http, copy, unfetched, 1, cancellationToken)).ToDictionary(check => check.Path, StringComparer.Ordinal);
        return [.. checks.Select(check => again.GetValueOrDefault(check.Path, check))];
    }
}

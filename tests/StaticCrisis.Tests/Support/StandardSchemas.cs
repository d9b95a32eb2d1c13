using System.Diagnostics;
using NJsonSchema;
using NJsonSchema.References;

namespace StaticCrisis.Tests.Support;

/// <summary>
/// The standards' own schemas in tests/schemas (copied unmodified, see its README), used offline:
/// Atom's RELAX NG grammar through Debian's jing, JSON Schemas through NJsonSchema.
/// </summary>
public static class StandardSchemas
{
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "schemas");

    /// <summary>Validates files against a RELAX NG compact grammar; returns jing's messages (none when valid).</summary>
    public static async Task<string> JingAsync(string grammar, IEnumerable<string> files)
    {
        var start = new ProcessStartInfo("jing") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Path.Combine(Folder, grammar));
        foreach (var file in files)
            start.ArgumentList.Add(file);
        Process jing;
        try
        {
            jing = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "jing is not installed: apt-get install jing (bash .ci/run does)";
        }
        using (jing)
        {
            var stdout = jing.StandardOutput.ReadToEndAsync();
            var stderr = jing.StandardError.ReadToEndAsync(); // the Debian wrapper's warnings about optional jars
            await jing.WaitForExitAsync();
            var messages = (await stdout).Trim();
            await stderr;
            return jing.ExitCode == 0 ? "" : messages.Length > 0 ? messages : $"jing exited with {jing.ExitCode}";
        }
    }

    /// <summary>JSON Feed 1.1: feed.json, whose references to "feed-1#…" resolve to the local feed-1.json, never to the network.</summary>
    public static Task<JsonSchema> JsonFeedAsync() => JsonSchema.FromFileAsync(Path.Combine(Folder, "feed.json"), schema => new LocalResolver(schema));

    public static Task<JsonSchema> FromTextAsync(string json) => JsonSchema.FromJsonAsync(json, null, schema => new LocalResolver(schema));

    /// <summary>Validation errors as readable lines; empty when the document is valid.</summary>
    public static IReadOnlyList<string> Errors(JsonSchema schema, string json) =>
        [.. schema.Validate(json).Select(error => $"{error.Path}: {error.Kind} ({error})")];

    private sealed class LocalResolver(JsonSchema root) : JsonReferenceResolver(new JsonSchemaAppender(root, new DefaultTypeNameGenerator()))
    {
        private const string SchemaStore = "https://json.schemastore.org/";

        public override Task<IJsonReference> ResolveUrlReferenceAsync(string url, CancellationToken cancellationToken = default)
        {
            if (url.StartsWith(SchemaStore, StringComparison.Ordinal))
            {
                var name = url[SchemaStore.Length..];
                var local = Path.Combine(Folder, name.EndsWith(".json", StringComparison.Ordinal) ? name : name + ".json");
                return ResolveFileReferenceAsync(local, cancellationToken);
            }
            throw new InvalidOperationException($"the schema refers to {url}, which is not in tests/schemas; tests never use the network");
        }

        public override Task<IJsonReference> ResolveFileReferenceAsync(string filePath, CancellationToken cancellationToken = default)
        {
            // "feed-1" next to feed.json is feed-1.json.
            var path = File.Exists(filePath) || filePath.EndsWith(".json", StringComparison.Ordinal) ? filePath : filePath + ".json";
            return base.ResolveFileReferenceAsync(path, cancellationToken);
        }
    }
}

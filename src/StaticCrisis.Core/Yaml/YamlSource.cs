using StaticCrisis.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticCrisis.Core.Yaml;

/// <summary>
/// A YAML text and where it sits in its file: front matter starts on the line after the opening <c>---</c>,
/// so every node position is shifted by <see cref="LineOffset"/> to point into the real file.
/// </summary>
public sealed record YamlSource(string Path, string Text, int LineOffset, ProblemArea Area)
{
    public SourceLocation At(Mark mark) => new(Path, (int)mark.Line + LineOffset, (int)mark.Column);

    public SourceLocation At(YamlNode node) => At(node.Start);

    /// <summary>Deeper YAML than this is refused before it is built into nodes (which recurses, and could overflow the stack).</summary>
    public const int MaxDepth = 32;

    /// <summary>Parses the text into a single document's root node, or reports why it cannot.</summary>
    public YamlNode? Parse(DiagnosticBag diagnostics)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new DepthLimitedParser(new Parser(new StringReader(Text)), MaxDepth));
            if (stream.Documents.Count == 0)
                return null;
            if (stream.Documents.Count > 1)
            {
                diagnostics.Add(Problems.YamlInvalid(this, At(stream.Documents[1].RootNode), "more than one YAML document; remove the extra '---'"));
            }
            return stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            var message = DescribeYamlError(e);
            var key = e.Message.StartsWith("Duplicate key", StringComparison.Ordinal) ? Problems.YamlDuplicateKey(this, At(e.Start), KeyAt(e.Start)) : null;
            diagnostics.Add(key ?? Problems.YamlInvalid(this, At(e.Start), message));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or InsufficientExecutionStackException)
        {
            // YamlDotNet can throw plain exceptions on pathological input (e.g. nesting deeper than the stack allows).
            diagnostics.Add(Problems.YamlInvalid(this, new SourceLocation(Path, LineOffset + 1, 1), "the YAML could not be read (" + e.Message.TrimEnd('.') + ")"));
            return null;
        }
    }

    private string KeyAt(Mark mark)
    {
        var lines = Text.Split('\n');
        var index = (int)mark.Line - 1;
        if (index < 0 || index >= lines.Length)
            return "";
        var line = lines[index];
        var start = Math.Clamp((int)mark.Column - 1, 0, line.Length);
        var colon = line.IndexOf(':', start);
        return (colon > start ? line[start..colon] : line[start..]).Trim().Trim('"', '\'');
    }

    private static string DescribeYamlError(YamlException e)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (...): "; the location is printed separately.
        var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        if (cut >= 0 && message.StartsWith("(Line", StringComparison.Ordinal))
            message = message[(cut + 3)..];
        message = message.Trim().TrimEnd('.');
        return message.Length == 0 ? "the YAML could not be read" : char.ToLowerInvariant(message[0]) + message[1..];
    }
}

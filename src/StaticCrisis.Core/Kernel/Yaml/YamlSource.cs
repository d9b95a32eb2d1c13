using StaticCrisis.Core.Kernel.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticCrisis.Core.Kernel.Yaml;

/// <summary>
/// A YAML text and where it sits in its file: front matter starts on the line after the opening <c>---</c>,
/// so every node position is shifted by <see cref="LineOffset"/> to point into the real file.
/// </summary>
public sealed record YamlSource(string Path, string Text, int LineOffset, ProblemArea Area) : IProblemSource
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
                diagnostics.Add(Problems.YamlMoreThanOneDocument(this, At(stream.Documents[1].RootNode)));
            }
            return stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            diagnostics.Add(YamlSlips.Explain(this, e));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or InsufficientExecutionStackException)
        {
            // YamlDotNet can throw plain exceptions on pathological input (e.g. nesting deeper than the stack allows).
            diagnostics.Add(Problems.YamlInvalid(this, new SourceLocation(Path, LineOffset + 1, 1), "the YAML could not be read (" + e.Message.TrimEnd('.') + ")"));
            return null;
        }
    }

    /// <summary>The text from <paramref name="mark"/> to the end of its line, as written.</summary>
    public string RestOfLine(Mark mark)
    {
        var lines = Text.Split('\n');
        var index = (int)mark.Line - 1;
        if (index < 0 || index >= lines.Length)
            return "";
        var line = lines[index].TrimEnd('\r');
        return line[Math.Clamp((int)mark.Column - 1, 0, line.Length)..];
    }
}

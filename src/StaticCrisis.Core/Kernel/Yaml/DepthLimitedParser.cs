using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace StaticCrisis.Core.Kernel.Yaml;

/// <summary>
/// Passes a YAML parser's events through, and stops with a located error when lists and mappings nest deeper than a limit:
/// building nodes from the events recurses, and absurd nesting would otherwise overflow the stack.
/// </summary>
public sealed class DepthLimitedParser : IParser
{
    private readonly IParser _inner;
    private readonly int _maxDepth;
    private int _depth;

    public DepthLimitedParser(IParser inner, int maxDepth)
    {
        _inner = inner;
        _maxDepth = maxDepth;
    }

    public ParsingEvent? Current => _inner.Current;

    public bool MoveNext()
    {
        if (!_inner.MoveNext())
            return false;
        switch (_inner.Current)
        {
            case MappingStart or SequenceStart when ++_depth > _maxDepth:
                throw new YamlException(_inner.Current.Start, _inner.Current.End, $"lists and mappings are nested more than {_maxDepth} levels deep");
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
        }
        return true;
    }
}

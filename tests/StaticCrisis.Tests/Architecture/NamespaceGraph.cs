using Mono.Cecil;
using Mono.Cecil.Cil;

namespace StaticCrisis.Tests.Architecture;

/// <summary>
/// Which namespace of an assembly uses which, read from its IL: signatures, attributes and every type, method and field a
/// method body names. Compiler-made nested types (lambdas, iterators) count for the type that holds them.
/// </summary>
public sealed class NamespaceGraph
{
    private readonly Dictionary<string, HashSet<string>> _uses = new(StringComparer.Ordinal);
    private readonly Dictionary<(string From, string To), string> _firstUse = [];
    private readonly string _root;

    private NamespaceGraph(string root) => _root = root;

    public IReadOnlyCollection<string> Namespaces => _uses.Keys;

    public IReadOnlySet<string> Uses(string ns) => _uses.TryGetValue(ns, out var used) ? used : new HashSet<string>();

    /// <summary>The graph of the namespaces under <paramref name="root"/> in the assembly at <paramref name="path"/>.</summary>
    public static NamespaceGraph Read(string path, string root)
    {
        var graph = new NamespaceGraph(root);
        using var module = ModuleDefinition.ReadModule(path);
        foreach (var type in module.GetTypes())
        {
            var from = NamespaceOf(type);
            if (!graph.IsOurs(from))
                continue;
            graph._uses.TryAdd(from, new HashSet<string>(StringComparer.Ordinal));
            foreach (var used in ReferencedTypes(type))
                graph.Add(from, NamespaceOf(used), $"{Outermost(type).Name} uses {Outermost(used).Name}");
        }
        return graph;
    }

    /// <summary>Every group of two or more namespaces that reach each other (Tarjan's strongly connected components).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var index = 0;
        var indices = new Dictionary<string, int>(StringComparer.Ordinal);
        var lowest = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<IReadOnlyList<string>>();
        void Visit(string ns)
        {
            indices[ns] = lowest[ns] = index++;
            stack.Push(ns);
            onStack.Add(ns);
            foreach (var next in Uses(ns))
            {
                if (!indices.TryGetValue(next, out var seen))
                {
                    Visit(next);
                    lowest[ns] = Math.Min(lowest[ns], lowest[next]);
                }
                else if (onStack.Contains(next))
                    lowest[ns] = Math.Min(lowest[ns], seen);
            }
            if (lowest[ns] != indices[ns])
                return;
            var component = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                component.Add(member);
            } while (member != ns);
            if (component.Count > 1)
                cycles.Add([.. component.Order(StringComparer.Ordinal)]);
        }
        foreach (var ns in _uses.Keys.Order(StringComparer.Ordinal))
            if (!indices.ContainsKey(ns))
                Visit(ns);
        return cycles;
    }

    /// <summary>One line per use, "A -> B", for a failure message a reader can act on.</summary>
    public string Describe(IEnumerable<string> among)
    {
        var set = among.ToHashSet(StringComparer.Ordinal);
        return string.Join("\n", set.Order(StringComparer.Ordinal)
            .SelectMany(from => Uses(from).Where(set.Contains).Order(StringComparer.Ordinal).Select(to => $"  {Relative(from)} -> {Relative(to)} ({_firstUse[(from, to)]})")));
    }

    /// <summary>Every use from a namespace <paramref name="from"/> accepts of one <paramref name="allowed"/> refuses, as "A -> B (why)".</summary>
    public IReadOnlyList<string> UsesOutside(Func<string, bool> from, Func<string, bool> allowed) =>
        [.. _uses.Keys.Where(ns => from(Relative(ns))).Order(StringComparer.Ordinal)
            .SelectMany(ns => Uses(ns).Where(to => !allowed(Relative(to))).Order(StringComparer.Ordinal)
                .Select(to => $"  {Relative(ns)} -> {Relative(to)} ({_firstUse[(ns, to)]})"))];

    public string Relative(string ns) => ns.Length > _root.Length ? ns[(_root.Length + 1)..] : ns;

    private bool IsOurs(string ns) => ns == _root || ns.StartsWith(_root + ".", StringComparison.Ordinal);

    private void Add(string from, string to, string why)
    {
        if (IsOurs(to) && to != from && _uses[from].Add(to))
            _firstUse[(from, to)] = why;
    }

    private static string NamespaceOf(TypeReference type) => Outermost(type).Namespace;

    private static TypeReference Outermost(TypeReference type)
    {
        while (type is TypeSpecification specification)
            type = specification.ElementType;
        while (type.DeclaringType is { } outer)
            type = outer;
        return type;
    }

    private static IEnumerable<TypeReference> ReferencedTypes(TypeDefinition type)
    {
        if (type.BaseType is { } baseType)
            foreach (var t in Expand(baseType)) yield return t;
        foreach (var implemented in type.Interfaces)
            foreach (var t in Expand(implemented.InterfaceType)) yield return t;
        foreach (var t in Attributes(type.CustomAttributes)) yield return t;
        foreach (var field in type.Fields)
        {
            foreach (var t in Expand(field.FieldType)) yield return t;
            foreach (var t in Attributes(field.CustomAttributes)) yield return t;
        }
        foreach (var property in type.Properties)
            foreach (var t in Expand(property.PropertyType)) yield return t;
        foreach (var method in type.Methods)
        {
            foreach (var t in Expand(method.ReturnType)) yield return t;
            foreach (var t in Attributes(method.CustomAttributes)) yield return t;
            foreach (var parameter in method.Parameters)
                foreach (var t in Expand(parameter.ParameterType)) yield return t;
            if (!method.HasBody)
                continue;
            foreach (var variable in method.Body.Variables)
                foreach (var t in Expand(variable.VariableType)) yield return t;
            foreach (var instruction in method.Body.Instructions)
                foreach (var t in Operand(instruction)) yield return t;
        }
    }

    private static IEnumerable<TypeReference> Operand(Instruction instruction) => instruction.Operand switch
    {
        TypeReference type => Expand(type),
        MethodReference method => Expand(method.DeclaringType).Concat(Expand(method.ReturnType))
            .Concat(method.Parameters.SelectMany(parameter => Expand(parameter.ParameterType)))
            .Concat(method is GenericInstanceMethod generic ? generic.GenericArguments.SelectMany(Expand) : []),
        FieldReference field => Expand(field.DeclaringType).Concat(Expand(field.FieldType)),
        _ => [],
    };

    private static IEnumerable<TypeReference> Attributes(IEnumerable<CustomAttribute> attributes) =>
        attributes.SelectMany(attribute => Expand(attribute.AttributeType));

    /// <summary>A type and the types it is made of: element types and generic arguments.</summary>
    private static IEnumerable<TypeReference> Expand(TypeReference type)
    {
        yield return type;
        if (type is GenericInstanceType generic)
            foreach (var argument in generic.GenericArguments)
                foreach (var t in Expand(argument)) yield return t;
        if (type is TypeSpecification specification)
            foreach (var t in Expand(specification.ElementType)) yield return t;
    }
}

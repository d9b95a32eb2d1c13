using System.Runtime.InteropServices;

namespace StaticCrisis.Tests.Support.Servers;

/// <summary>
/// Sets an environment variable where native code (libgit2) reads it: .NET's own Environment.SetEnvironmentVariable only
/// changes the managed copy on Unix. The old value comes back when disposed.
/// </summary>
public sealed class NativeEnvironment : IDisposable
{
    private readonly string _name;
    private readonly string? _previous;

    public NativeEnvironment(string name, string value)
    {
        _name = name;
        _previous = Environment.GetEnvironmentVariable(name);
        _ = SetEnv(Native(name), Native(value), 1);
    }

    public void Dispose()
    {
        if (_previous is null)
            _ = UnsetEnv(Native(_name));
        else
            _ = SetEnv(Native(_name), Native(_previous), 1);
    }

    /// <summary>A C string: UTF-8 with its terminating zero.</summary>
    private static byte[] Native(string text) => System.Text.Encoding.UTF8.GetBytes(text + "\0");

    [DllImport("libc", EntryPoint = "setenv")]
    private static extern int SetEnv(byte[] name, byte[] value, int overwrite);

    [DllImport("libc", EntryPoint = "unsetenv")]
    private static extern int UnsetEnv(byte[] name);
}

namespace StaticCrisis.Core.Kernel.Threading;

/// <summary>
/// Waits for asynchronous work from synchronous code without the caller's synchronization context: code that awaits
/// without ConfigureAwait(false) (RazorLight's generated pages, the commands) posts its continuations to that context,
/// and one whose threads are all waiting here (a test runner's, a UI's) would never run them.
/// </summary>
public static class Synchronously
{
    public static T Wait<T>(Func<Task<T>> work)
    {
        var context = SynchronizationContext.Current;
        if (context is null)
            return work().GetAwaiter().GetResult();
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            return work().GetAwaiter().GetResult();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(context);
        }
    }
}

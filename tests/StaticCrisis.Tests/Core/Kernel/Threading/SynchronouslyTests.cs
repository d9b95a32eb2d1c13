using StaticCrisis.Core.Kernel.Threading;

namespace StaticCrisis.Tests.Core.Kernel.Threading;

public class SynchronouslyTests
{
    /// <summary>A context that never runs what is posted to it: its one thread is the one waiting.</summary>
    private sealed class BlockedContext : SynchronizationContext
    {
        public int Posted { get; private set; }

        public override void Post(SendOrPostCallback d, object? state) => Posted++;
    }

    [Fact]
    public void Work_that_awaits_finishes_although_the_callers_context_cannot_run_anything()
    {
        var context = new BlockedContext();
        var result = 0;
        var restored = false;
        var waiter = new Thread(() =>
        {
            SynchronizationContext.SetSynchronizationContext(context);
            result = Synchronously.Wait(async () =>
            {
                await Task.Yield();
                await Task.Delay(1);
                return 42;
            });
            restored = ReferenceEquals(context, SynchronizationContext.Current);
        });
        waiter.Start();
        Assert.True(waiter.Join(TimeSpan.FromSeconds(30)), "the wait hung on the caller's context");
        Assert.Equal(42, result);
        Assert.Equal(0, context.Posted);
        Assert.True(restored, "the caller's context was not given back");
    }

    [Fact]
    public void A_failure_in_the_work_is_thrown_as_it_is()
    {
        var thrown = Assert.Throws<InvalidOperationException>(() => Synchronously.Wait<int>(async () =>
        {
            await Task.Yield();
            throw new InvalidOperationException("the work failed");
        }));
        Assert.Equal("the work failed", thrown.Message);
    }
}

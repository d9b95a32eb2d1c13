using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Publishing.Remotes;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.Core.Publishing.Remotes;

public sealed class FolderRemoteTests : RemoteContract
{
    private readonly TempFolder _mirror = new();

    /// <summary>The mounted drive exists; the site's folder on it does not yet.</summary>
    public FolderRemoteTests() => Directory.CreateDirectory(_mirror.Combine("usb"));

    private string Root => _mirror.Combine("usb", "kris");

    private MirrorAddress Address => MirrorAddress.TryParse(new Uri(Root).AbsoluteUri, out _)!;

    protected override async Task<IRemote> OpenFreshMirrorAsync() => await ReopenAsync();

    protected override async Task<IRemote> ReopenAsync()
    {
        var remote = new FolderRemote(Address);
        await remote.ConnectAsync(CancellationToken.None);
        return remote;
    }

    protected override Task<IReadOnlyList<string>> StoredFilesAsync() =>
        Task.FromResult<IReadOnlyList<string>>([.. Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))]);

    [Fact]
    public async Task Refuses_a_folder_whose_drive_is_not_there()
    {
        var remote = new FolderRemote(MirrorAddress.TryParse(new Uri(_mirror.Combine("not-mounted", "kris")).AbsoluteUri, out _)!);

        var error = await Assert.ThrowsAsync<RemoteException>(() => remote.ConnectAsync(CancellationToken.None));

        Assert.Contains("not-mounted does not exist; is the drive or share mounted?", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_mirror.Combine("not-mounted")));
    }

    public override void Dispose()
    {
        _mirror.Dispose();
        base.Dispose();
    }
}

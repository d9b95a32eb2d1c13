namespace StaticCrisis.Tests.Support;

public class RequiredToolTests
{
    [SkippableFact]
    public void Finds_a_program_on_the_path()
    {
        Assert.EndsWith("/sh", RequiredTool.Find("sh", "apt-get install dash"), StringComparison.Ordinal);
    }
}

using StaticCrisis.Core.Integrity;
using StaticCrisis.Core.Kernel.Files;

namespace StaticCrisis.Tests.Core.Integrity;

public class Sha256SumsTests
{
    [Fact]
    public void Lists_every_file_sorted_by_path_in_bsd_tag_form()
    {
        var files = new[] { OutputFile.FromText("b.html", "b"), OutputFile.FromText("a/ö.html", "ö"), OutputFile.FromText("SHA256SUMS.minisig", "x") };

        var text = System.Text.Encoding.UTF8.GetString(Sha256Sums.Write(files, new ParallelOptions()).Content!);

        Assert.Equal("""
            SHA256 (a/ö.html) = 6dbd11fd012e225b28a5d94a9b432bc491344f3e92158661be2ae5ae2b8b1ad8
            SHA256 (b.html) = 3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d

            """.ReplaceLineEndings("\n"), text);
    }

    [Fact]
    public void Reads_back_what_it_writes_even_with_awkward_names()
    {
        var hash = new string('a', 64);
        var text = Sha256Sums.Format([("x) = y.txt", hash), ("assets/bild (1).png", hash)]);

        var entries = Sha256Sums.Parse(text);

        Assert.NotNull(entries);
        Assert.Equal(hash, entries["x) = y.txt"]);
        Assert.Equal(hash, entries["assets/bild (1).png"]);
    }

    [Theory]
    [InlineData("SHA256 (../../etc/passwd) = ")]
    [InlineData("SHA256 (/etc/passwd) = ")]
    [InlineData("SHA256 (a//b) = ")]
    [InlineData("SHA256 (a\\b) = ")]
    [InlineData("MD5 (a) = ")]
    public void Refuses_a_manifest_that_could_point_outside_the_mirror(string head)
    {
        Assert.Null(Sha256Sums.Parse(head + new string('0', 64) + "\n"));
    }

    [Fact]
    public void Refuses_a_manifest_with_a_bad_hash_or_a_path_twice()
    {
        Assert.Null(Sha256Sums.Parse("SHA256 (a) = " + new string('g', 64) + "\n"));
        Assert.Null(Sha256Sums.Parse($"SHA256 (a) = {new string('0', 64)}\nSHA256 (a) = {new string('1', 64)}\n"));
    }
}

using StaticCrisis.Core.Kernel.Text;

namespace StaticCrisis.Tests.Core.Kernel.Text;

public class SmsLengthTests
{
    [Theory]
    [InlineData(160, 'a', true, 160, 1)]
    [InlineData(161, 'a', true, 161, 2)]
    [InlineData(306, 'ä', true, 306, 2)]
    [InlineData(307, 'å', true, 307, 3)]
    [InlineData(80, '€', true, 160, 1)]   // extension characters count twice
    [InlineData(81, '{', true, 162, 2)]
    [InlineData(70, 'ő', false, 70, 1)]   // Hungarian ő is not in the GSM alphabet: UCS-2
    [InlineData(71, 'ş', false, 71, 2)]
    [InlineData(135, 'ł', false, 135, 3)]
    public void Counts_messages_by_the_gsm_and_ucs2_rules(int count, char c, bool gsm, int units, int messages)
    {
        Assert.Equal(new SmsLength.Result(gsm, units, messages), SmsLength.Measure(new string(c, count)));
    }

    [Fact]
    public void Swedish_text_with_a_e_o_and_e_acute_stays_in_the_gsm_alphabet()
    {
        var result = SmsLength.Measure("Kokä vattnet i Öster-Åby, café stängt. Ring 0999-123 00!");
        Assert.True(result.Gsm);
        Assert.Equal(1, result.Messages);
    }

    [Fact]
    public void One_emoji_makes_the_whole_message_ucs2_and_counts_as_two_units()
    {
        Assert.Equal(new SmsLength.Result(false, 3, 1), SmsLength.Measure("a\U0001F600"));
    }
}

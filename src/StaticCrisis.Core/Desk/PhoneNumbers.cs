using System.Text.RegularExpressions;

namespace StaticCrisis.Core.Desk;

/// <summary>Phone numbers in a text as a reviewer must check them: beginning with 0 or +, an area code, then a dash or a space and the number (so a date or a time is not one).</summary>
public static partial class PhoneNumbers
{
    public static bool Any(string text) => Number().IsMatch(text);

    [GeneratedRegex(@"(?:\+|\b0)\d{1,4}[\- ]\d[\d ]{3,}\d")]
    private static partial Regex Number();
}

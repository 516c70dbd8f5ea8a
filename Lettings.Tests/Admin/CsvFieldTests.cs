using Lettings.Web.Admin.Common;

namespace Lettings.Tests.Admin;

/// <summary>One CSV cell: quoted when RFC 4180 needs it, and never read by a spreadsheet as a formula (OWASP's CSV injection).</summary>
public sealed class CsvFieldTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+33 1 23", "'+33 1 23")]
    [InlineData("-5", "'-5")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    [InlineData("=A1,B1", "\"'=A1,B1\"")]
    [InlineData("Say \"hi\"", "\"Say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("a-b=c", "a-b=c")]
    [InlineData("Plain", "Plain")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Cells_are_quoted_when_needed_and_formulas_made_text(string? value, string expected) =>
        Assert.Equal(expected, CsvResult.Field(value));
}

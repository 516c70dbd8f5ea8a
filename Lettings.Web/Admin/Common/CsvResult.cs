using System.Text;
using Microsoft.Net.Http.Headers;

namespace Lettings.Web.Admin.Common;

/// <summary>
/// A list as a CSV file for a spreadsheet, written as the rows come from the database, so that a large list is
/// never held in memory. UTF-8 with a byte-order mark (which spreadsheets need to read it as UTF-8), RFC 4180
/// quoting, and every cell that a spreadsheet would read as a formula made plain text.
/// </summary>
public sealed class CsvResult(string name, IReadOnlyList<string> headers, IAsyncEnumerable<string?[]> lines) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = $"{name}.csv" }.ToString();

        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await WriteLineAsync(writer, headers);
        await foreach (var line in lines.WithCancellation(context.HttpContext.RequestAborted))
        {
            await WriteLineAsync(writer, line);
        }
    }

    /// <summary>
    /// A cell as CSV. One starting with = + - @, a tab or a carriage return is what a spreadsheet runs as a formula
    /// (OWASP's "CSV injection"): a leading apostrophe makes it text.
    /// </summary>
    public static string Field(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }

    private static Task WriteLineAsync(StreamWriter writer, IEnumerable<string?> values) =>
        writer.WriteAsync(string.Join(',', values.Select(Field)) + "\r\n");
}

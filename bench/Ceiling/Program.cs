using System.Globalization;
using System.Text;

// A bare Kestrel app answering every request with one fixed HTML page of CEILING_BYTES bytes (the size of the site's
// lettings list): no routing, no middleware, no logging. Whatever the site does costs something on top of this.
var size = int.Parse(Environment.GetEnvironmentVariable("CEILING_BYTES") ?? "4096", CultureInfo.InvariantCulture);
var page = FixedPage(size);

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.Run(context =>
{
    context.Response.ContentType = "text/html; charset=utf-8";
    context.Response.ContentLength = page.Length;
    return context.Response.Body.WriteAsync(page).AsTask();
});
await app.RunAsync();

static byte[] FixedPage(int size)
{
    const string Head = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Ceiling</title></head><body><ul>";
    const string Tail = "</ul></body></html>";
    var html = new StringBuilder(Head);
    for (var i = 1; ; i++)
    {
        var item = string.Create(CultureInfo.InvariantCulture, $"<li><a href=\"/lettings/{i}/\">Letting {i}</a></li>");
        if (html.Length + item.Length + Tail.Length > size)
        {
            break;
        }

        html.Append(item);
    }

    // Spaces make up the exact size (ASCII, so characters are bytes).
    html.Append(' ', Math.Max(0, size - html.Length - Tail.Length)).Append(Tail);
    return Encoding.UTF8.GetBytes(html.ToString());
}

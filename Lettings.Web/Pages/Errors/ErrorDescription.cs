namespace Lettings.Web.Pages.Errors;

/// <summary>What an error page says for a status code, in the original's words for 404 and 500.</summary>
public sealed record ErrorDescription(string Title, string Heading, string Sentence)
{
    public static ErrorDescription For(int statusCode) => statusCode switch
    {
        StatusCodes.Status404NotFound => new(
            "404 - Page Not Found",
            "404 - NOT FOUND",
            "It seems you've tried to open a door to a room that doesn't exist in our vast digital mansion. "
            + "Double-check the room number or try exploring another one!"),
        StatusCodes.Status403Forbidden => new(
            "403 - Forbidden",
            "403 - FORBIDDEN",
            "This door is for staff only. If you think you should have a key, ask an administrator."),
        StatusCodes.Status429TooManyRequests => new(
            "429 - Too Many Requests",
            "429 - TOO MANY REQUESTS",
            "That was a lot of knocking in a short time. Please wait a moment before trying again."),
        StatusCodes.Status413PayloadTooLarge or StatusCodes.Status414UriTooLong or StatusCodes.Status431RequestHeaderFieldsTooLarge => new(
            $"{statusCode} - {ReasonPhrase(statusCode)}",
            $"{statusCode} - {ReasonPhrase(statusCode).ToUpperInvariant()}",
            "That request was larger than this site accepts. Please shorten what you sent and try again."),
        StatusCodes.Status503ServiceUnavailable => new(
            "503 - Temporarily Unavailable",
            "503 - TEMPORARILY UNAVAILABLE",
            "The mansion's doors are stuck for a moment. Nothing is lost: please try again in a minute or two."),
        >= 500 => new(
            "500 - Server Error",
            "500 - SERVER ERROR",
            "Something broke behind the scenes. We have been told and are on it: please try again in a moment."),
        _ => new(
            $"{statusCode} - {ReasonPhrase(statusCode)}",
            $"{statusCode} - {ReasonPhrase(statusCode).ToUpperInvariant()}",
            "That request could not be handled. Please check the address and try again."),
    };

    private static string ReasonPhrase(int statusCode) =>
        Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(statusCode) is { Length: > 0 } phrase ? phrase : "Error";
}

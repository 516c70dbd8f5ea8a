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

using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Lettings.AppHost;

/// <summary>
/// The AppHost's switches, from configuration (<c>Lettings__PgAdmin=true</c> in the environment, or
/// <c>dotnet run --project Lettings.AppHost -- --Lettings:PgAdmin=true</c>):
/// <c>Lettings:Postgres</c> (<c>auto</c>, the default, read as null: PostgreSQL in a container when the container runtime answers
/// and has or can pull its image, else the site on its embedded SQLite database with a warning saying why;
/// <c>true</c>: PostgreSQL, no check; <c>false</c>: SQLite, no container engine needed), <c>Lettings:DataVolume</c> (on: PostgreSQL's data kept between runs),
/// <c>Lettings:PgAdmin</c> (off: its image comes from Docker Hub) and <c>Lettings:WebPort</c> (the site's port,
/// else its launch profile's 8000).
/// </summary>
public sealed record AppHostSettings(bool? Postgres, bool DataVolume, bool PgAdmin, int? WebPort)
{
    /// <exception cref="FormatException">A switch has a value of the wrong kind; the message names it.</exception>
    public static AppHostSettings From(IConfiguration configuration) => new(
        FlagOrAuto(configuration, "Lettings:Postgres"),
        Flag(configuration, "Lettings:DataVolume", true),
        Flag(configuration, "Lettings:PgAdmin", false),
        Port(configuration, "Lettings:WebPort"));

    private static bool Flag(IConfiguration configuration, string key, bool fallback) => configuration[key] switch
    {
        null or "" => fallback,
        var value when bool.TryParse(value, out var flag) => flag,
        var value => throw Invalid(key, "true or false", value),
    };

    private static bool? FlagOrAuto(IConfiguration configuration, string key) => configuration[key] switch
    {
        null or "" => null,
        var value when value.Equals("auto", StringComparison.OrdinalIgnoreCase) => null,
        var value when bool.TryParse(value, out var flag) => flag,
        var value => throw Invalid(key, "auto, true or false", value),
    };

    private static int? Port(IConfiguration configuration, string key) => configuration[key] switch
    {
        null or "" => null,
        var value when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535 => port,
        var value => throw Invalid(key, "a TCP port number (1 to 65535)", value),
    };

    private static FormatException Invalid(string key, string expected, string value) =>
        new($"The setting {key} ({key.Replace(":", "__", StringComparison.Ordinal)} in the environment) must be {expected}, not '{value}'.");
}

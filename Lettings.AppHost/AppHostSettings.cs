using Microsoft.Extensions.Configuration;

namespace Lettings.AppHost;

/// <summary>
/// The AppHost's switches, from configuration (<c>Lettings__PgAdmin=true</c> in the environment, or
/// <c>dotnet run --project Lettings.AppHost -- --Lettings:PgAdmin=true</c>):
/// <list type="bullet">
/// <item><c>Lettings:Postgres</c> (default on): PostgreSQL in a container; off, the site runs on its embedded
/// SQLite database and no container engine is needed;</item>
/// <item><c>Lettings:DataVolume</c> (default on): PostgreSQL's data kept in a volume between runs (tests turn it off);</item>
/// <item><c>Lettings:PgAdmin</c> (default off): pgAdmin beside PostgreSQL; its image comes from Docker Hub.</item>
/// </list>
/// </summary>
public sealed record AppHostSettings(bool Postgres, bool DataVolume, bool PgAdmin)
{
    public static AppHostSettings From(IConfiguration configuration) => new(
        configuration.GetValue("Lettings:Postgres", true),
        configuration.GetValue("Lettings:DataVolume", true),
        configuration.GetValue("Lettings:PgAdmin", false));
}

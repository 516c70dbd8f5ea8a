using Lettings.ServiceDefaults;
using Lettings.Web.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Lettings.Tests.Data;

/// <summary>Which database the site picks: Aspire's connection, else DATABASE_URL, else embedded SQLite.</summary>
public sealed class DatabaseChoiceTests
{
    private const string AspireConnection = "Host=aspire-db;Port=5432;Database=lettings;Username=postgres;Password=aspirepw";

    [Fact]
    public void Aspire_connection_string_wins()
    {
        var choice = Choose(new()
        {
            ["ConnectionStrings:lettings"] = AspireConnection,
            ["DATABASE_URL"] = "postgres://u:herokupw@heroku-host/db",
        });

        Assert.Equal(DatabaseProvider.Postgres, choice.Provider);
        var connection = new NpgsqlConnectionStringBuilder(choice.ConnectionString);
        Assert.Equal(("aspire-db", "lettings", "postgres", "aspirepw"), (connection.Host, connection.Database, connection.Username, connection.Password));
    }

    [Theory]
    [InlineData("ConnectionStrings:lettings", AspireConnection)]
    [InlineData("DATABASE_URL", "postgres://u:herokupw@heroku-host/db")]
    public void PostgreSQL_connections_never_try_GSS_encryption(string key, string value)
    {
        var choice = Choose(new() { [key] = value });

        Assert.Equal(GssEncryptionMode.Disable, new NpgsqlConnectionStringBuilder(choice.ConnectionString).GssEncryptionMode);
    }

    [Theory]
    [InlineData("Database=lettings;Password=aspirepw")]
    [InlineData("Host=aspire-db;Password=aspirepw;Not A Keyword=1")]
    public void A_malformed_Aspire_connection_string_is_refused_by_name_without_its_password(string connectionString)
    {
        var error = Assert.Throws<InvalidSettingException>(() => Choose(new() { ["ConnectionStrings:lettings"] = connectionString }));

        Assert.Equal(DatabaseChoice.ConnectionVariable, error.Variable);
        Assert.DoesNotContain("aspirepw", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Database_url_is_next()
    {
        var choice = Choose(new() { ["DATABASE_URL"] = "postgres://u:herokupw@heroku-host:5433/db" });

        Assert.Equal(DatabaseProvider.Postgres, choice.Provider);
        Assert.Contains("Host=heroku-host", choice.ConnectionString, StringComparison.Ordinal);
    }

    [Fact]
    public void Embedded_sqlite_in_the_app_data_folder_is_the_default()
    {
        var choice = Choose([]);

        Assert.Equal(DatabaseProvider.Sqlite, choice.Provider);
        Assert.Contains(Path.Combine("/srv/app", "App_Data", "lettings.db"), choice.ConnectionString, StringComparison.Ordinal);
    }

    [Fact]
    public void Sqlite_path_can_be_configured_relative_to_the_content_root()
    {
        var choice = Choose(new() { ["Database:SqlitePath"] = "data/site.db" });

        Assert.Contains("/srv/app/data/site.db", choice.ConnectionString, StringComparison.Ordinal);
    }

    [Fact]
    public void Description_for_logs_never_contains_a_password()
    {
        Assert.DoesNotContain("aspirepw", Choose(new() { ["ConnectionStrings:lettings"] = AspireConnection }).Describe(), StringComparison.Ordinal);
        var heroku = Choose(new() { ["DATABASE_URL"] = "postgres://u:herokupw@heroku-host/db" });
        Assert.DoesNotContain("herokupw", heroku.Describe(), StringComparison.Ordinal);
        Assert.DoesNotContain("herokupw", heroku.ToString(), StringComparison.Ordinal);
        Assert.Contains("heroku-host", heroku.Describe(), StringComparison.Ordinal);
    }

    private static DatabaseChoice Choose(Dictionary<string, string?> settings) =>
        DatabaseChoice.From(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), new FakeEnvironment());

    private sealed class FakeEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";

        public string ApplicationName { get; set; } = "Lettings.Web";

        public string ContentRootPath { get; set; } = "/srv/app";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}

using Lettings.Web.Data;
using Npgsql;

namespace Lettings.Tests.Data;

/// <summary>Heroku's DATABASE_URL turned into an Npgsql connection string.</summary>
public sealed class DatabaseUrlTests
{
    [Fact]
    public void Full_url_converts_with_tls_required()
    {
        var builder = Convert("postgres://alice:s3cret@db.example.com:6543/lettings");

        Assert.Equal("db.example.com", builder.Host);
        Assert.Equal(6543, builder.Port);
        Assert.Equal("alice", builder.Username);
        Assert.Equal("s3cret", builder.Password);
        Assert.Equal("lettings", builder.Database);
        Assert.Equal(SslMode.Require, builder.SslMode);
    }

    [Theory]
    [InlineData("postgres://alice:pw@host/db")]
    [InlineData("postgresql://alice:pw@host/db")]
    public void Port_defaults_to_5432(string url) => Assert.Equal(5432, Convert(url).Port);

    [Fact]
    public void Url_encoded_credentials_are_decoded()
    {
        var builder = Convert("postgres://us%40er:p%40ss%3Aw%2Ford%20%25@host:5432/my%20db");

        Assert.Equal("us@er", builder.Username);
        Assert.Equal("p@ss:w/ord %", builder.Password);
        Assert.Equal("my db", builder.Database);
    }

    [Fact]
    public void Query_parameters_are_honoured()
    {
        var builder = Convert("postgres://u:p@host:5432/db?sslmode=disable&application_name=lettings&connect_timeout=7");

        Assert.Equal(SslMode.Disable, builder.SslMode);
        Assert.Equal("lettings", builder.ApplicationName);
        Assert.Equal(7, builder.Timeout);
    }

    [Fact]
    public void Libpq_ssl_mode_spellings_are_accepted() =>
        Assert.Equal(SslMode.VerifyFull, Convert("postgres://u:p@host/db?sslmode=verify-full").SslMode);

    [Fact]
    public void Url_without_credentials_converts() => Assert.Null(Convert("postgres://host/db").Username);

    [Theory]
    [InlineData("not a url")]
    [InlineData("mysql://u:topsecretpw@host/db")]
    [InlineData("postgres://u:topsecretpw@host")]
    [InlineData("postgres://u:topsecretpw@host/")]
    [InlineData("postgres://u:topsecretpw@host:notaport/db")]
    [InlineData("postgres://u:topsecretpw@host:5432/db?nonsense=1")]
    [InlineData("postgres://u:topsecretpw@host:5432/db?sslmode=sometimes")]
    [InlineData("postgres://u:topsecretpw@host:5432/a/b")]
    [InlineData("postgres:///db")]
    public void Malformed_url_fails_clearly_without_revealing_the_password(string url)
    {
        var error = Assert.Throws<InvalidDatabaseUrlException>(() => DatabaseUrl.ToNpgsql(url));

        Assert.Contains("DATABASE_URL", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("topsecretpw", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("topsecretpw", error.ToString(), StringComparison.Ordinal);
    }

    private static NpgsqlConnectionStringBuilder Convert(string url) => new(DatabaseUrl.ToNpgsql(url));
}

using System.Security.Cryptography;
using Npgsql;

namespace Lettings.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL cluster of a test's own (Debian's <c>initdb</c> and <c>pg_ctl</c>) on 127.0.0.1 and a free port,
/// in a temporary folder, that the test may stop and start again: the shared test server must never be stopped.
/// Run as the <c>postgres</c> user when the tests run as root (PostgreSQL refuses to run as root). Password
/// authentication with a password made for this cluster only.
/// </summary>
public sealed class PrivatePostgresCluster : IAsyncDisposable
{
    private const string User = "lettings";
    private readonly string _folder;
    private readonly string _password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    private PrivatePostgresCluster(string folder, int port)
    {
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Database = database,
        Username = User,
        Password = _password,
    }.ConnectionString;

    private string DataFolder => Path.Combine(_folder, "data");

    public static async Task<PrivatePostgresCluster> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("lettings-pg-").FullName;
        var cluster = new PrivatePostgresCluster(folder, LoopbackPort.Free());
        var passwordFile = Path.Combine(folder, "password");
        await File.WriteAllTextAsync(passwordFile, cluster._password);
        if (AsRoot)
        {
            await RunAsync("chown", "-R", "postgres:postgres", folder);
        }

        await PgAsync("initdb", "-D", cluster.DataFolder, "-U", User, "--pwfile=" + passwordFile,
            "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        File.Delete(passwordFile);
        await cluster.StartServerAsync();
        await using (var connection = new NpgsqlConnection(cluster.ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE DATABASE lettings", connection);
            await create.ExecuteNonQueryAsync();
        }

        return cluster;
    }

    /// <summary>Starts the server again after <see cref="StopAsync"/>, on the same port.</summary>
    public Task StartServerAsync() =>
        PgAsync("pg_ctl", "-D", DataFolder, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60",
            "-o", $"-p {Port.ToString(CultureInfo.InvariantCulture)} -c listen_addresses=127.0.0.1 -k {_folder} -c fsync=off", "start");

    /// <summary>Stops the server as a restart or failover does: open connections are told it is shutting down.</summary>
    public Task StopAsync() => PgAsync("pg_ctl", "-D", DataFolder, "-m", "fast", "-w", "-t", "60", "stop");

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await PgAsync("pg_ctl", "-D", DataFolder, "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        Directory.Delete(_folder, recursive: true);
    }

    private static bool AsRoot => Environment.UserName == "root";

    private static string BinFolder =>
        Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(v => int.Parse(Path.GetFileName(v), CultureInfo.InvariantCulture))
            .Select(v => Path.Combine(v, "bin")).FirstOrDefault(Directory.Exists)
        ?? throw new InvalidOperationException("PostgreSQL's server programs are not installed (Debian's postgresql package); ./test.sh installs them.");

    private static Task PgAsync(string program, params string[] arguments)
    {
        var path = Path.Combine(BinFolder, program);
        return AsRoot ? RunAsync("runuser", ["-u", "postgres", "--", path, .. arguments]) : RunAsync(path, arguments);
    }

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var result = await ProcessRunner.RunAsync(ProcessRunner.StartInfo(program, arguments), TimeSpan.FromMinutes(2));
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)}: {result}");
        }
    }
}

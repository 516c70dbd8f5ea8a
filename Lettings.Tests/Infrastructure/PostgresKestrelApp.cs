namespace Lettings.Tests.Infrastructure;

public sealed class PostgresKestrelApp() : KestrelApp(new PostgresTestDatabase());

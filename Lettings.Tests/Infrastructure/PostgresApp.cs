namespace Lettings.Tests.Infrastructure;

public sealed class PostgresApp() : LettingsApp(new PostgresTestDatabase());

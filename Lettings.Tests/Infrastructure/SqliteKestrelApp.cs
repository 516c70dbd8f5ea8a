namespace Lettings.Tests.Infrastructure;

public sealed class SqliteKestrelApp() : KestrelApp(new SqliteTestDatabase());

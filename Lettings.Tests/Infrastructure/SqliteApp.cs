namespace Lettings.Tests.Infrastructure;

public sealed class SqliteApp() : LettingsApp(new SqliteTestDatabase());

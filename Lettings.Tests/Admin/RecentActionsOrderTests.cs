using Lettings.Web.Admin.RecentActions;

namespace Lettings.Tests.Admin;

/// <summary>
/// The back office home lists recent actions newest first by time (ids only break ties), so actions carried over
/// from the original site sort among later ones by when they happened; Django's change messages read as sentences.
/// </summary>
public abstract class RecentActionsOrderTests(LettingsApp app)
{
    [Fact]
    public async Task Actions_are_listed_by_time_whatever_their_ids_with_their_change_message()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        await app.WithDbAsync(async db =>
        {
            db.AdminActions.AddRange(
                Action($"{tag} imported", "2020-06-14T09:44:05.888484Z", """[{"changed": {"fields": ["First name", "Last name", "Email address"]}}]"""),
                Action($"{tag} a moment later", "2020-06-14T09:44:05.9Z", "[]"),
                Action($"{tag} latest", DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O"), null),
                Action($"{tag} oldest, added last", "2019-01-01T00:00:00Z", """[{"added": {}}]"""));
            return await db.SaveChangesAsync();
        });
        var staff = await AdminBrowser.SignedInStaffAsync(app);

        var home = await staff.GetAsync("/admin/");

        var listed = home.QuerySelectorAll(".admin-recent li")
            .Select(li => (What: li.QuerySelector(".admin-recent-what")!.NormalizedText(), Change: li.QuerySelector(".admin-recent-change")?.NormalizedText()))
            .Where(item => item.What.Contains(tag, StringComparison.Ordinal))
            .ToList();
        Assert.Equal(
        [
            ($"Changed user “{tag} latest”", null),
            ($"Changed user “{tag} a moment later”", AdminChangeMessage.NothingChanged),
            ($"Changed user “{tag} imported”", "Changed First name, Last name and Email address."),
            ($"Changed user “{tag} oldest, added last”", "Added."),
        ], listed);
    }

    private static AdminAction Action(string name, string time, string? changeMessage) => new()
    {
        Time = DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture),
        UserName = "admin",
        Kind = AdminActionKind.Changed,
        RecordType = "User",
        RecordId = 999_999,
        RecordName = name,
        ChangeMessage = changeMessage,
    };
}

public sealed class RecentActionsOrderOnSqlite(SqliteApp app) : RecentActionsOrderTests(app), IClassFixture<SqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class RecentActionsOrderOnPostgres(PostgresApp app) : RecentActionsOrderTests(app), IClassFixture<PostgresApp>;

using Lettings.Web.Admin.RecentActions;

namespace Lettings.Tests.Admin;

/// <summary>Change messages as Django's admin wrote them (JSON since Django 2.0, plain text before) read as sentences.</summary>
public sealed class AdminChangeMessageTests
{
    [Theory]
    [InlineData("""[{"added": {}}]""", "Added.")]
    [InlineData("""[{"changed": {"fields": ["title"]}}]""", "Changed title.")]
    [InlineData("""[{"changed": {"fields": ["First name", "Email address"]}}]""", "Changed First name and Email address.")]
    [InlineData("""[{"changed": {"fields": ["Number", "Street", "City"]}}]""", "Changed Number, Street and City.")]
    [InlineData("[]", "No fields changed.")]
    [InlineData("""[{"added": {"name": "letting", "object": "Oceanview Retreat"}}, {"changed": {"name": "profile", "object": "DavWin", "fields": ["Favorite city"]}}]""",
        "Added letting “Oceanview Retreat”. Changed Favorite city for profile “DavWin”.")]
    [InlineData("""[{"deleted": {"name": "letting", "object": "Underground Hygge"}}]""", "Deleted letting “Underground Hygge”.")]
    [InlineData("Changed title.", "Changed title.")]
    [InlineData("[not json", "[not json")]
    [InlineData("""[{"changed": {"fields": "title"}}]""", """[{"changed": {"fields": "title"}}]""")]
    public void Reads_as_django_s_admin_showed_it(string stored, string shown) =>
        Assert.Equal(shown, AdminChangeMessage.Describe(stored));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void No_message_shows_nothing(string? stored) => Assert.Null(AdminChangeMessage.Describe(stored));
}

using Lettings.Web.Admin.Common;
using Lettings.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Lettings.Web.Admin.Profiles;

public sealed class IndexModel(LettingsDbContext db) : AdminListModel<ProfileRow>
{
    public override AdminListInfo Info { get; } = new(
        AdminRecordType.Profile, ["Username", "Name", "Favorite city"], "Looks in username, names, email and favorite city.");

    protected override IQueryable<ProfileRow> Query(string? search) =>
        db.Profiles.AsNoTracking()
            .WhereAnyContains(search, p => p.User!.UserName, p => p.User!.FirstName, p => p.User!.LastName, p => p.User!.Email, p => p.FavoriteCity)
            .OrderBy(p => p.Id)
            .Select(p => new ProfileRow(p.Id, p.User!.UserName!, p.User.FirstName, p.User.LastName, p.FavoriteCity));
}

public sealed record ProfileRow(int Id, string Username, string FirstName, string LastName, string? FavoriteCity) : IAdminRow
{
    public IReadOnlyList<string> Cells => [Username, $"{FirstName} {LastName}".Trim(), FavoriteCity ?? ""];
}

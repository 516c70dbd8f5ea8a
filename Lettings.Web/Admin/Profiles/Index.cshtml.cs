using Lettings.Web.Admin.Common;
using Lettings.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Lettings.Web.Admin.Profiles;

public sealed class IndexModel(LettingsDbContext db) : AdminListPage<ProfileRow>(AdminRecordType.Profile)
{
    public override string SearchHint => "Looks in username, names, email and favorite city.";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var profiles = db.Profiles.AsNoTracking();
        if (List.Term is { } term)
        {
            profiles = profiles.Where(p =>
                p.User!.UserName!.ToLower().Contains(term) || p.User.FirstName.ToLower().Contains(term)
                || p.User.LastName.ToLower().Contains(term) || p.User.Email!.ToLower().Contains(term)
                || p.FavoriteCity!.ToLower().Contains(term));
        }

        Rows = await profiles
            .OrderBy(p => p.Id)
            .Select(p => new ProfileRow(p.Id, p.User!.UserName!, p.User.FirstName, p.User.LastName, p.FavoriteCity))
            .ToPageAsync(List.Page, cancellationToken);
    }
}

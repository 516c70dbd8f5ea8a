using Lettings.Web.Accounts;
using Lettings.Web.Admin.Common;
using Lettings.Web.Admin.RecentActions;
using Lettings.Web.Data;
using Lettings.Web.Profiles;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Lettings.Web.Admin.Profiles;

/// <summary>A profile belongs to a user account that has no profile yet (or keeps its own).</summary>
public sealed class EditModel(LettingsDbContext db, AdminActionLog log) : RecordEditModel<Profile, ProfileForm>(db, log)
{
    public override AdminRecordType Type => AdminRecordType.Profile;

    public IReadOnlyList<SelectListItem> Users { get; private set; } = [];

    protected override IQueryable<Profile> Records => Db.Profiles.Include(p => p.User);

    protected override async Task PrepareAsync(Profile? current, CancellationToken cancellationToken) =>
        Users = [.. (await FreeUsers(current).ToListAsync(cancellationToken))
            .Select(u => new SelectListItem(u.UserName, u.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];

    protected override async Task ValidateAsync(Profile? current, CancellationToken cancellationToken)
    {
        if (!await FreeUsers(current).AnyAsync(u => u.Id == Form.UserId, cancellationToken))
        {
            ModelState.AddModelError($"{nameof(Form)}.{nameof(Form.UserId)}", "Choose a user account that has no profile yet.");
        }
    }

    // The profile is named after its account's username: in the message and in the recent actions.
    protected override async Task CompleteAsync(Profile record, CancellationToken cancellationToken) =>
        record.User = await Db.Users.FindAsync([record.UserId], cancellationToken);

    private IQueryable<LettingsUser> FreeUsers(Profile? current) =>
        Db.Users.AsNoTracking()
            .Where(u => u.Profile == null || (current != null && u.Id == current.UserId))
            .OrderBy(u => u.Id);
}

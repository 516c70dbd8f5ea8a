using Lettings.Web.Admin.Common;
using Lettings.Web.Admin.RecentActions;
using Lettings.Web.Data;
using Lettings.Web.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Lettings.Web.Admin.Profiles;

/// <summary>Deleting a profile leaves its user account in place.</summary>
public sealed class DeleteModel(LettingsDbContext db, AdminActionLog log) : RecordDeleteModel<Profile>(db, log)
{
    public override AdminRecordType Type => AdminRecordType.Profile;

    protected override IQueryable<Profile> Records => Db.Profiles.Include(p => p.User);

    protected override IReadOnlyList<string> Cascade(Profile record) => [];
}

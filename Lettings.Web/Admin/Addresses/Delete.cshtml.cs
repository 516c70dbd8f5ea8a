using Lettings.Web.Admin.Common;
using Lettings.Web.Admin.RecentActions;
using Lettings.Web.Data;
using Lettings.Web.Lettings;
using Microsoft.EntityFrameworkCore;

namespace Lettings.Web.Admin.Addresses;

/// <summary>Deleting an address deletes its letting (one-to-one, cascade).</summary>
public sealed class DeleteModel(LettingsDbContext db, AdminActionLog log) : RecordDeleteModel<Address>(db, log)
{
    public override AdminRecordType Type => AdminRecordType.Address;

    protected override IQueryable<Address> Records => Db.Addresses.Include(a => a.Letting);

    protected override IReadOnlyList<string> Cascade(Address record) =>
        record.Letting is { } letting ? [$"Letting: {letting.Title}"] : [];
}

using Lettings.Web.Admin.Common;
using Lettings.Web.Admin.RecentActions;
using Lettings.Web.Data;
using Lettings.Web.Lettings;

namespace Lettings.Web.Admin.Lettings;

/// <summary>Deleting a letting leaves its address in place.</summary>
public sealed class DeleteModel(LettingsDbContext db, AdminActionLog log) : RecordDeleteModel<Letting>(db, log)
{
    public override AdminRecordType Type => AdminRecordType.Letting;

    protected override IReadOnlyList<string> Cascade(Letting record) => [];
}

using Lettings.Web.Admin.Common;
using Lettings.Web.Admin.RecentActions;
using Lettings.Web.Data;
using Lettings.Web.Lettings;

namespace Lettings.Web.Admin.Addresses;

public sealed class EditModel(LettingsDbContext db, AdminActionLog log) : RecordEditModel<Address, AddressForm>(db, log)
{
    public override AdminRecordType Type => AdminRecordType.Address;
}

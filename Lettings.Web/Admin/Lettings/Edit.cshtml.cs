using Lettings.Web.Admin.Common;
using Lettings.Web.Admin.RecentActions;
using Lettings.Web.Data;
using Lettings.Web.Lettings;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Lettings.Web.Admin.Lettings;

/// <summary>A letting is placed at an address that has no letting yet (or keeps its own).</summary>
public sealed class EditModel(LettingsDbContext db, AdminActionLog log) : RecordEditModel<Letting, LettingForm>(db, log)
{
    public override AdminRecordType Type => AdminRecordType.Letting;

    public IReadOnlyList<SelectListItem> Addresses { get; private set; } = [];

    protected override async Task PrepareAsync(Letting? current, CancellationToken cancellationToken) =>
        Addresses = [.. (await FreeAddresses(current).ToListAsync(cancellationToken))
            .Select(a => new SelectListItem($"{a.Number} {a.Street}, {a.City}", a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];

    protected override async Task ValidateAsync(Letting? current, CancellationToken cancellationToken)
    {
        if (!await FreeAddresses(current).AnyAsync(a => a.Id == Form.AddressId, cancellationToken))
        {
            ModelState.AddModelError($"{nameof(Form)}.{nameof(Form.AddressId)}", "Choose an address that has no letting yet.");
        }
    }

    private IQueryable<Address> FreeAddresses(Letting? current) =>
        Db.Addresses.AsNoTracking()
            .Where(a => a.Letting == null || (current != null && a.Id == current.AddressId))
            .OrderBy(a => a.Id);
}

using Lettings.Web.Admin.Common;
using Lettings.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Lettings.Web.Admin.Lettings;

public sealed class IndexModel(LettingsDbContext db) : AdminListModel<LettingRow>
{
    public override AdminListInfo Info { get; } = new(
        AdminRecordType.Letting, ["Title", "Address", "City"], "Looks in title, street and city.");

    protected override IQueryable<LettingRow> Query(string? search) =>
        db.Lettings.AsNoTracking()
            .WhereAnyContains(search, l => l.Title, l => l.Address!.Street, l => l.Address!.City)
            .OrderBy(l => l.Id)
            .Select(l => new LettingRow(l.Id, l.Title, l.Address!.Number, l.Address.Street, l.Address.City));
}

public sealed record LettingRow(int Id, string Title, int Number, string Street, string City) : IAdminRow
{
    public IReadOnlyList<string> Cells => [Title, $"{Number} {Street}", City];
}

using Lettings.Web.Admin.Common;
using Lettings.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Lettings.Web.Admin.Lettings;

public sealed class IndexModel(LettingsDbContext db) : AdminListPage<LettingRow>(AdminRecordType.Letting)
{
    public override string SearchHint => "Looks in title, street and city.";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var lettings = db.Lettings.AsNoTracking();
        if (List.Term is { } term)
        {
            lettings = lettings.Where(l =>
                l.Title.ToLower().Contains(term) || l.Address!.Street.ToLower().Contains(term) || l.Address.City.ToLower().Contains(term));
        }

        Rows = await lettings
            .OrderBy(l => l.Id)
            .Select(l => new LettingRow(l.Id, l.Title, l.Address!.Number, l.Address.Street, l.Address.City))
            .ToPageAsync(List.Page, cancellationToken);
    }
}

using Lettings.Web.Lettings;

namespace Lettings.Web.Admin.Addresses;

public sealed class EditModel(LettingsDbContext db, AdminActionLog log) : PageModel, IRecordEditView
{
    [BindProperty]
    public AddressForm Form { get; set; } = new();

    [BindProperty]
    public SaveThen Then { get; set; }

    public int? Id { get; private set; }

    public AdminRecordType Type => AdminRecordType.Address;

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is not null)
        {
            if (await db.Addresses.FindAsync([id], cancellationToken) is not { } address)
            {
                return NotFound();
            }

            Form = AddressForm.From(address);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        var address = id is null ? new Address() : await db.Addresses.FindAsync([id], cancellationToken);
        if (address is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Form.ApplyTo(address);
        if (!await db.SaveFormAsync(address, Form.Version, ModelState, Type, cancellationToken))
        {
            return Page();
        }

        await log.RecordAsync(id is null ? AdminActionKind.Added : AdminActionKind.Changed, Type, address.Id, address.ToString(), cancellationToken);
        return this.RedirectAfterSave(Type, address.Id, address.ToString(), added: id is null, Then);
    }
}

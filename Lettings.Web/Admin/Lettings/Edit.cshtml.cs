using Lettings.Web.Lettings;

namespace Lettings.Web.Admin.Lettings;

/// <summary>A letting is placed at an address that has no letting yet (or keeps its own).</summary>
public sealed class EditModel(LettingsDbContext db, AdminActionLog log) : PageModel, IRecordEditView
{
    // Checked before saving, and answered the same when another save takes the address in between.
    private static readonly FieldError s_addressTaken = new($"{nameof(Form)}.{nameof(Form.AddressId)}", "Choose an address that has no letting yet.");

    [BindProperty]
    public LettingForm Form { get; set; } = new();

    [BindProperty]
    public SaveThen Then { get; set; }

    public int? Id { get; private set; }

    public AdminRecordType Type => AdminRecordType.Letting;

    public string? ViewOnSite => Id is int id ? Url.Page("/Lettings/Details", new { id }) : null;

    /// <summary>The picker's search box without JavaScript (the "Find" button posts it back).</summary>
    [BindProperty]
    public string? AddressSearch { get; set; }

    public RecordPicker AddressPicker { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is not null)
        {
            if (await db.Lettings.FindAsync([id], cancellationToken) is not { } letting)
            {
                return NotFound();
            }

            Form = LettingForm.From(letting);
        }

        return await PageAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        var letting = id is null ? new Letting() : await db.Lettings.FindAsync([id], cancellationToken);
        if (letting is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid && !await FreeAddresses().AnyAsync(a => a.Id == Form.AddressId, cancellationToken))
        {
            ModelState.AddModelError(s_addressTaken.Field, s_addressTaken.Message);
        }

        if (!ModelState.IsValid)
        {
            return await PageAsync(cancellationToken);
        }

        Form.ApplyTo(letting);
        if (!await db.SaveFormAsync(letting, Form.Version, ModelState, Type, s_addressTaken, cancellationToken))
        {
            return await PageAsync(cancellationToken);
        }

        await log.RecordAsync(id is null ? AdminActionKind.Added : AdminActionKind.Changed, Type, letting.Id, letting.Title, cancellationToken);
        return this.RedirectAfterSave(Type, letting.Id, letting.Title, added: id is null, Then);
    }

    /// <summary>The address picker's matches as JSON (<see cref="PickerChoice"/>): the free addresses matching <c>q</c>.</summary>
    public async Task<IActionResult> OnGetAddressesAsync(int? id, string? q, CancellationToken cancellationToken)
    {
        Id = id;
        return PickerSearch.IsRefused(q)
            ? BadRequest()
            : new JsonResult(await AddressChoices.ReadAsync(FreeAddresses().Matching(PickerSearch.Words(q)), cancellationToken));
    }

    /// <summary>The picker's fallback without JavaScript: the form again, as typed, offering the addresses found.</summary>
    public async Task<IActionResult> OnPostFindAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is not null && !await db.Lettings.AnyAsync(l => l.Id == id, cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        return await PageAsync(cancellationToken);
    }

    private async Task<IActionResult> PageAsync(CancellationToken cancellationToken)
    {
        var selected = Form.AddressId is int chosen
            ? await AddressChoices.ReadAsync(db.Addresses.AsNoTracking().Where(a => a.Id == chosen), cancellationToken)
            : [];
        var found = await AddressChoices.ReadAsync(FreeAddresses().Matching(PickerSearch.Words(AddressSearch)), cancellationToken);
        AddressPicker = new RecordPicker(
            $"{nameof(Form)}.{nameof(Form.AddressId)}",
            "Address",
            "an address without a letting",
            Form.AddressId,
            [.. selected, .. found.Where(f => f.Id != Form.AddressId)],
            Url.Page("Edit", "Addresses", new { id = Id })!,
            nameof(AddressSearch),
            AddressSearch,
            "Type part of the street or city, the number or the zip code.");
        return Page();
    }

    /// <summary>The addresses without a letting, and the one of the letting being changed.</summary>
    private IQueryable<Address> FreeAddresses() =>
        db.Addresses.AsNoTracking()
            .Where(a => a.Letting == null || (Id != null && a.Letting.Id == Id));
}

using Lettings.Web.Profiles;

namespace Lettings.Web.Admin.Profiles;

/// <summary>A profile belongs to a user account that has no profile yet (or keeps its own), and is named after it.</summary>
public sealed class EditModel(LettingsDbContext db, AdminActionLog log, LinkGenerator links) : PageModel, IRecordEditView
{
    // Checked before saving, and answered the same when another save takes the user in between.
    private static readonly FieldError s_userTaken = new($"{nameof(Form)}.{nameof(Form.UserId)}", "Choose a user account that has no profile yet.");

    [BindProperty]
    public ProfileForm Form { get; set; } = new();

    [BindProperty]
    public SaveThen Then { get; set; }

    public int? Id { get; private set; }

    public AdminRecordType Type => AdminRecordType.Profile;

    public string? ViewOnSite { get; private set; }

    /// <summary>The picker's search box without JavaScript (the "Find" button posts it back).</summary>
    [BindProperty]
    public string? UserSearch { get; set; }

    public RecordPicker UserPicker { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is not null)
        {
            if (await db.Profiles.FindAsync([id], cancellationToken) is not { } profile)
            {
                return NotFound();
            }

            Form = ProfileForm.From(profile);
            await FindSiteLinkAsync(profile, cancellationToken);
        }

        return await PageAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        var profile = id is null ? new Profile() : await db.Profiles.FindAsync([id], cancellationToken);
        if (profile is null)
        {
            return NotFound();
        }

        await FindSiteLinkAsync(profile, cancellationToken);
        var username = ModelState.IsValid
            ? await FreeUsers().Where(u => u.Id == Form.UserId).Select(u => u.UserName).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (ModelState.IsValid && username is null)
        {
            ModelState.AddModelError(s_userTaken.Field, s_userTaken.Message);
        }

        if (!ModelState.IsValid)
        {
            return await PageAsync(cancellationToken);
        }

        Form.ApplyTo(profile);
        if (!await db.SaveFormAsync(profile, Form.Version, ModelState, Type, s_userTaken, cancellationToken))
        {
            return await PageAsync(cancellationToken);
        }

        await log.RecordAsync(id is null ? AdminActionKind.Added : AdminActionKind.Changed, Type, profile.Id, username!, cancellationToken);
        return this.RedirectAfterSave(Type, profile.Id, username!, added: id is null, Then);
    }

    /// <summary>The account picker's matches as JSON (<see cref="PickerChoice"/>): the accounts without a profile matching <c>q</c>.</summary>
    public async Task<IActionResult> OnGetUsersAsync(int? id, string? q, CancellationToken cancellationToken)
    {
        Id = id;
        return PickerSearch.IsRefused(q)
            ? BadRequest()
            : new JsonResult(await UserChoices.ReadAsync(FreeUsers().Matching(PickerSearch.Words(q)), cancellationToken));
    }

    /// <summary>The picker's fallback without JavaScript: the form again, as typed, offering the accounts found.</summary>
    public async Task<IActionResult> OnPostFindAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        var profile = id is null ? new Profile() : await db.Profiles.FindAsync([id], cancellationToken);
        if (profile is null)
        {
            return NotFound();
        }

        await FindSiteLinkAsync(profile, cancellationToken);
        ModelState.Clear();
        return await PageAsync(cancellationToken);
    }

    private async Task<IActionResult> PageAsync(CancellationToken cancellationToken)
    {
        var selected = Form.UserId is int chosen
            ? await UserChoices.ReadAsync(db.Users.AsNoTracking().Where(u => u.Id == chosen), cancellationToken)
            : [];
        var found = await UserChoices.ReadAsync(FreeUsers().Matching(PickerSearch.Words(UserSearch)), cancellationToken);
        UserPicker = new RecordPicker(
            $"{nameof(Form)}.{nameof(Form.UserId)}",
            "User",
            "a user account without a profile",
            Form.UserId,
            [.. selected, .. found.Where(f => f.Id != Form.UserId)],
            Url.Page("Edit", "Users", new { id = Id })!,
            nameof(UserSearch),
            UserSearch,
            "Type part of the username, a name or the email.");
        return Page();
    }

    /// <summary>The public page of the profile as it is stored (not as the form would change it).</summary>
    private async Task FindSiteLinkAsync(Profile profile, CancellationToken cancellationToken)
    {
        if (profile.Id != 0 && await db.Users.Where(u => u.Id == profile.UserId).Select(u => u.UserName).SingleOrDefaultAsync(cancellationToken) is { } username)
        {
            ViewOnSite = links.ProfilePath(HttpContext, username);
        }
    }

    /// <summary>The accounts without a profile, and the one of the profile being changed.</summary>
    private IQueryable<LettingsUser> FreeUsers() =>
        db.Users.AsNoTracking()
            .Where(u => u.Profile == null || (Id != null && u.Profile.Id == Id));
}

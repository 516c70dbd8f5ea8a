using System.Buffers.Text;
using Lettings.Web.Transfer.Format;

namespace Lettings.Web.Transfer.Loading;

/// <summary>
/// Where an import's records go, in the order their references need (addresses, lettings, roles, users,
/// profiles, recent actions): each one is checked against the model's rules and the records before it, then added
/// to the current batch; a batch is saved and forgotten every <see cref="BatchSize"/> records, so memory stays
/// flat however large the import. The caller holds the transaction: a refusal rolls everything back.
/// Once a record is refused nothing more is saved, but the rest are still checked, so that one run lists the
/// problems (up to <see cref="MaxProblems"/>) instead of one per attempt.
/// </summary>
public sealed class DatabaseLoader
{
    public const int BatchSize = 1_000;
    public const int MaxProblems = 20;

    private readonly LettingsDbContext _db;
    private readonly ILookupNormalizer _normalizer;
    private readonly ModelRules _rules;
    private readonly ReferenceChecks _references;
    private readonly List<string> _problems = [];
    private readonly HashSet<(string Table, int Id)> _refused = [];
    private int _pending;

    public DatabaseLoader(LettingsDbContext db, ILookupNormalizer normalizer, ImportReport report)
    {
        (_db, _normalizer, Report) = (db, normalizer, report);
        _rules = new ModelRules(db.Model);
        _references = new ReferenceChecks(name => normalizer.NormalizeName(name));
        _db.ChangeTracker.AutoDetectChangesEnabled = false;
        _db.ChangeTracker.Clear();
    }

    public ImportReport Report { get; }

    public Task AddAsync(AddressRecord record, string table, CancellationToken cancellationToken) =>
        StageAsync(table, record.Id, "addresses", _references.Address(record), [record.ToEntity()], cancellationToken);

    public Task AddAsync(LettingRecord record, string table, CancellationToken cancellationToken) =>
        StageAsync(table, record.Id, "lettings", _references.Letting(record), [record.ToEntity()], cancellationToken);

    public Task AddAsync(RoleRecord record, string table, CancellationToken cancellationToken) =>
        StageAsync(table, record.Id, "roles", _references.Role(record),
        [
            record.ToEntity(_normalizer),
            .. (record.Claims ?? []).Select(c => new IdentityRoleClaim<int> { RoleId = record.Id, ClaimType = c.Type, ClaimValue = c.Value }),
        ], cancellationToken);

    public Task AddAsync(UserRecord record, string table, CancellationToken cancellationToken)
    {
        var problems = _references.User(record);
        if (!AccountRules.IsValidUsername(record.UserName))
        {
            problems.Add($"The username '{record.UserName}' is not valid: {AccountRules.UsernameMessage}");
        }

        if (record.Email is { Length: > 0 } email && !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email))
        {
            problems.Add($"The email address '{email}' is not valid.");
        }

        var django = DjangoPbkdf2Hash.TryParse(record.PasswordHash, out _);
        if (record.PasswordHash is not null && !django && !IsIdentityHash(record.PasswordHash))
        {
            problems.Add("The password hash is neither Identity's nor a Django PBKDF2 hash.");
        }

        if (record.AccessFailedCount < 0)
        {
            problems.Add("The count of failed sign-ins cannot be negative.");
        }

        List<object> entities = [record.ToEntity(_normalizer)];
        if (problems.Count == 0)
        {
            entities.AddRange(record.Roles.Select(role => new IdentityUserRole<int> { UserId = record.Id, RoleId = _references.RoleId(role) }));
            entities.AddRange((record.Claims ?? []).Select(c => new IdentityUserClaim<int> { UserId = record.Id, ClaimType = c.Type, ClaimValue = c.Value }));
            entities.AddRange((record.Logins ?? []).Select(l => new IdentityUserLogin<int>
            {
                UserId = record.Id,
                LoginProvider = l.Provider,
                ProviderKey = l.Key,
                ProviderDisplayName = l.DisplayName,
            }));
            entities.AddRange((record.Tokens ?? []).Select(t => new IdentityUserToken<int>
            {
                UserId = record.Id,
                LoginProvider = t.Provider,
                Name = t.Name,
                Value = t.Value,
            }));
        }

        Report.Account(record.PasswordHash is not null, django);
        return StageAsync(table, record.Id, "user accounts", problems, entities, cancellationToken);
    }

    public Task AddAsync(ProfileRecord record, string table, CancellationToken cancellationToken) =>
        StageAsync(table, record.Id, "profiles", _references.Profile(record), [record.ToEntity()], cancellationToken);

    public Task AddAsync(AdminActionRecord record, string table, CancellationToken cancellationToken) =>
        StageAsync(table, record.Id, "recent actions", _references.AdminAction(record),
        [
            record.ToEntity(),
            .. (record.Changes ?? []).Select(c => c.ToEntity(record.Id)),
        ], cancellationToken);

    /// <summary>A record the source could not even read as a record (a value of the wrong type, say).</summary>
    public void Reject(string table, int id, string problem)
    {
        _refused.Add((table, id));
        _problems.Add($"{table} id {id}: {problem}");
        if (_problems.Count >= MaxProblems)
        {
            ThrowIfRefused();
        }
    }

    /// <summary>Saves the last batch, or refuses the whole import with every problem found.</summary>
    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        ThrowIfRefused();
        await FlushAsync(cancellationToken);
    }

    private async Task StageAsync(string table, int id, string kind, List<string> problems, IReadOnlyList<object> entities, CancellationToken cancellationToken)
    {
        foreach (var entity in entities)
        {
            problems.AddRange(_rules.Check(entity));
        }

        if (problems.Count > 0)
        {
            foreach (var problem in problems.Distinct())
            {
                Reject(table, id, problem);
            }

            return;
        }

        Report.Imported(table, kind);
        if (_problems.Count > 0)
        {
            return;
        }

        _db.AddRange(entities);
        if (++_pending >= BatchSize)
        {
            await FlushAsync(cancellationToken);
        }
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _db.SaveChangesAsync(cancellationToken);
        _db.ChangeTracker.Clear();
        _pending = 0;
    }

    private void ThrowIfRefused()
    {
        if (_problems.Count == 0)
        {
            return;
        }

        var more = _problems.Count >= MaxProblems ? $" (checking stopped after {MaxProblems})" : "";
        throw new TransferRefusedException(
            $"{_refused.Count} record(s) break the site's rules{more}; nothing was imported. Correct them in the source and run the import again.",
            _problems);
    }

    // Identity's hashes: base64 of a format marker (0x00 for version 2, 0x01 for version 3) and the rest.
    private static bool IsIdentityHash(string hash)
    {
        var bytes = new byte[Base64.GetMaxDecodedFromUtf8Length(hash.Length)];
        return Convert.TryFromBase64String(hash, bytes, out var length) && length > 1 && bytes[0] is 0x00 or 0x01;
    }
}

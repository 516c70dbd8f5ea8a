using Lettings.Web.Transfer.Format;

namespace Lettings.Web.Transfer.Loading;

/// <summary>
/// The rules between records, checked as they arrive: ids unique per table, a letting at an address that exists
/// and has no other letting, a profile for an account that exists and has no other, unique usernames and role
/// names ignoring case, roles and users that exist where they are named. Holds ids and names only, never records.
/// </summary>
internal sealed class ReferenceChecks(Func<string, string> normalize)
{
    private readonly HashSet<int> _addresses = [];
    private readonly Dictionary<int, int> _lettingAtAddress = [];
    private readonly HashSet<int> _lettings = [];
    private readonly Dictionary<string, int> _roleByName = new(StringComparer.Ordinal);
    private readonly HashSet<int> _roles = [];
    private readonly Dictionary<string, int> _userByName = new(StringComparer.Ordinal);
    private readonly HashSet<int> _users = [];
    private readonly Dictionary<int, int> _profileOfUser = [];
    private readonly HashSet<int> _profiles = [];
    private readonly HashSet<int> _actions = [];

    public List<string> Address(AddressRecord a)
    {
        var problems = new List<string>();
        if (!_addresses.Add(a.Id))
        {
            problems.Add(DuplicateId);
        }

        return problems;
    }

    public List<string> Letting(LettingRecord l)
    {
        var problems = new List<string>();
        if (!_lettings.Add(l.Id))
        {
            problems.Add(DuplicateId);
        }

        if (!_addresses.Contains(l.AddressId))
        {
            problems.Add($"Its address {l.AddressId} does not exist: a letting needs an address.");
        }
        else if (!_lettingAtAddress.TryAdd(l.AddressId, l.Id))
        {
            problems.Add($"Its address {l.AddressId} already has letting {_lettingAtAddress[l.AddressId]}: one letting per address.");
        }

        return problems;
    }

    public List<string> Role(RoleRecord r)
    {
        var problems = new List<string>();
        if (!_roles.Add(r.Id))
        {
            problems.Add(DuplicateId);
        }

        if (string.IsNullOrWhiteSpace(r.Name))
        {
            problems.Add("The role has no name.");
        }
        else if (!_roleByName.TryAdd(normalize(r.Name), r.Id))
        {
            problems.Add($"The role name '{r.Name}' is already used by role {_roleByName[normalize(r.Name)]} (role names are unique ignoring case).");
        }

        return problems;
    }

    public List<string> User(UserRecord u)
    {
        var problems = new List<string>();
        if (!_users.Add(u.Id))
        {
            problems.Add(DuplicateId);
        }

        if (!string.IsNullOrEmpty(u.UserName) && !_userByName.TryAdd(normalize(u.UserName), u.Id))
        {
            problems.Add($"The username '{u.UserName}' is already used by user {_userByName[normalize(u.UserName)]} (usernames are unique ignoring case).");
        }

        foreach (var role in u.Roles.Where(role => !_roleByName.ContainsKey(normalize(role))))
        {
            problems.Add($"Its role '{role}' does not exist.");
        }

        return problems;
    }

    /// <summary>The id of a role already checked, by name.</summary>
    public int RoleId(string name) => _roleByName[normalize(name)];

    public List<string> Profile(ProfileRecord p)
    {
        var problems = new List<string>();
        if (!_profiles.Add(p.Id))
        {
            problems.Add(DuplicateId);
        }

        if (!_users.Contains(p.UserId))
        {
            problems.Add($"Its user {p.UserId} does not exist: a profile needs an account.");
        }
        else if (!_profileOfUser.TryAdd(p.UserId, p.Id))
        {
            problems.Add($"Its user {p.UserId} already has profile {_profileOfUser[p.UserId]}: one profile per account.");
        }

        return problems;
    }

    public List<string> AdminAction(AdminActionRecord a)
    {
        var problems = new List<string>();
        if (!_actions.Add(a.Id))
        {
            problems.Add(DuplicateId);
        }

        if (a.UserId is int user && !_users.Contains(user))
        {
            problems.Add($"Its user {user} does not exist.");
        }

        if (!Enum.IsDefined(a.Kind))
        {
            problems.Add($"'{a.Kind}' is not a kind of action.");
        }

        return problems;
    }

    private const string DuplicateId = "Another record of this table has the same id.";
}

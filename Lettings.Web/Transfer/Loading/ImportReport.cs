namespace Lettings.Web.Transfer.Loading;

/// <summary>What an import did, printed on standard output: records per table, passwords not kept, what was left out and why.</summary>
public sealed class ImportReport
{
    private readonly List<(string From, string To)> _order = [];
    private readonly Dictionary<(string From, string To), int> _counts = [];
    private readonly List<string> _passwordsNotKept = [];
    private readonly List<string> _skipped = [];

    public string Source { get; set; } = "";

    public string Target { get; set; } = "";

    public TimeSpan Elapsed { get; set; }

    public int Accounts { get; private set; }

    public int WithPassword { get; private set; }

    public int WithDjangoPassword { get; private set; }

    public int Records => _counts.Values.Sum();

    public IReadOnlyList<string> PasswordsNotKept => _passwordsNotKept;

    public IReadOnlyList<string> Skipped => _skipped;

    public int CountOf(string to) => _counts.Where(c => c.Key.To == to).Sum(c => c.Value);

    public void Imported(string from, string to)
    {
        var key = (from, to);
        if (_counts.TryAdd(key, 1))
        {
            _order.Add(key);
        }
        else
        {
            _counts[key]++;
        }
    }

    public void Account(bool hasPassword, bool isDjangoHash)
    {
        Accounts++;
        WithPassword += hasPassword ? 1 : 0;
        WithDjangoPassword += isDjangoHash ? 1 : 0;
    }

    public void PasswordNotKept(int userId, string username, string why) =>
        _passwordsNotKept.Add($"user {userId} '{username}': {why}");

    public void Skip(string what) => _skipped.Add(what);

    public void WriteTo(TextWriter output)
    {
        output.WriteLine($"Imported {Source} into {Target} in {Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s.");
        var width = _order.Count == 0 ? 0 : _order.Max(k => k.From.Length);
        foreach (var key in _order)
        {
            output.WriteLine($"  {key.From.PadRight(width)} -> {_counts[key],7} {key.To}");
        }

        output.WriteLine($"  {"total".PadRight(width)}    {Records,7} records");
        output.WriteLine($"Accounts with a password: {WithPassword} of {Accounts}"
            + (WithDjangoPassword > 0 ? $" ({WithDjangoPassword} Django hashes, replaced by Identity's at each user's first sign-in)." : "."));
        WriteList(output, "Passwords that could not be kept (these users need a new password from staff)", _passwordsNotKept);
        WriteList(output, "Skipped", _skipped);
    }

    private static void WriteList(TextWriter output, string title, List<string> lines)
    {
        output.WriteLine(lines.Count == 0 ? $"{title}: none." : $"{title}:");
        foreach (var line in lines)
        {
            output.WriteLine($"  - {line}");
        }
    }
}

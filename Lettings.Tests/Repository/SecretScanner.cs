using System.Text.RegularExpressions;

namespace Lettings.Tests.Repository;

/// <summary>
/// Looks through text for what a leaked credential looks like: private keys, cloud and code-host tokens, a Sentry
/// DSN's key, a password in a database URL or a connection string, a long value given to a setting named like a
/// secret. Values that are obviously not real are left alone: placeholders (<c>&lt;...&gt;</c>, <c>...</c>,
/// <c>$VARIABLE</c>, <c>${{ ... }}</c>) and hosts of the domains reserved for documentation (RFC 2606:
/// <c>example.com</c>, <c>.test</c>, <c>.invalid</c>...).
/// </summary>
public static partial class SecretScanner
{
    public sealed record Finding(string Rule, int Line, string Excerpt);

    private sealed record Rule(string Name, Regex Pattern, Func<Match, bool>? IsReal = null);

    private static readonly Rule[] s_rules =
    [
        new("private key", PrivateKey()),
        new("AWS access key", AwsKey()),
        new("GitHub token", GitHubToken()),
        new("Slack token", SlackToken()),
        new("Stripe key", StripeKey()),
        new("Google API key", GoogleKey()),
        new("JSON web token", JsonWebToken()),
        new("Sentry DSN with its key", SentryDsn(), m => !IsReservedHost(m.Groups["host"].Value)),
        new("password in a database URL", DatabaseUrl(), m => !IsReservedHost(m.Groups["host"].Value) && !IsPlaceholder(m.Groups["password"].Value)),
        new("password in a connection string", ConnectionStringPassword(), m => !IsPlaceholder(m.Groups["value"].Value)),
        new("secret-named setting", SecretSetting(), m => !IsPlaceholder(m.Groups["value"].Value)),
    ];

    public static IReadOnlyList<Finding> Scan(string text)
    {
        var findings = new List<Finding>();
        foreach (var rule in s_rules)
        {
            foreach (Match match in rule.Pattern.Matches(text))
            {
                if (rule.IsReal is null || rule.IsReal(match))
                {
                    var line = text.AsSpan(0, match.Index).Count('\n') + 1;
                    findings.Add(new(rule.Name, line, Excerpt(match.Value)));
                }
            }
        }

        return findings;
    }

    // Enough to find it, not enough to leak it again in a test report.
    private static string Excerpt(string value) => value.Length <= 12 ? value[..Math.Min(4, value.Length)] + "…" : value[..8] + "…";

    private static bool IsPlaceholder(string value) =>
        value.Length == 0
        || value.StartsWith('<') || value.StartsWith('$') || value.StartsWith('{') || value.StartsWith('%') || value.StartsWith('[')
        || value.Contains("...", StringComparison.Ordinal) || value.Contains('…')
        || PlaceholderWord().IsMatch(value);

    private static bool IsReservedHost(string host)
    {
        host = host.ToLowerInvariant();
        return host is "example.com" or "example.org" or "example.net" or "localhost"
            || host.EndsWith(".example.com", StringComparison.Ordinal) || host.EndsWith(".example.org", StringComparison.Ordinal)
            || host.EndsWith(".example.net", StringComparison.Ordinal) || host.EndsWith(".example", StringComparison.Ordinal)
            || host.EndsWith(".test", StringComparison.Ordinal) || host.EndsWith(".invalid", StringComparison.Ordinal)
            || host.EndsWith(".localhost", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----")]
    private static partial Regex PrivateKey();

    [GeneratedRegex(@"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b")]
    private static partial Regex AwsKey();

    [GeneratedRegex(@"\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{50,})\b")]
    private static partial Regex GitHubToken();

    [GeneratedRegex(@"\bxox[abposr]-[A-Za-z0-9-]{10,}")]
    private static partial Regex SlackToken();

    [GeneratedRegex(@"\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,}")]
    private static partial Regex StripeKey();

    [GeneratedRegex(@"\bAIza[0-9A-Za-z_-]{35}\b")]
    private static partial Regex GoogleKey();

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}")]
    private static partial Regex JsonWebToken();

    [GeneratedRegex(@"https?://[0-9a-f]{32}(?::[0-9a-f]{32})?@(?<host>[A-Za-z0-9.-]+)")]
    private static partial Regex SentryDsn();

    [GeneratedRegex(@"\b(?:postgres(?:ql)?|mysql|mariadb|redis|rediss|amqps?|mongodb(?:\+srv)?)://[^:\s/@""']+:(?<password>[^@\s/""']+)@(?<host>[A-Za-z0-9.-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex DatabaseUrl();

    // As a connection string writes it (no blanks around '=', after the start, a ';' or a quote), not code's "password = x".
    [GeneratedRegex(@"(?<=^|[;""'])\s*(?:Password|Pwd)=(?<value>[^;""'\s)}]{6,})", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex ConnectionStringPassword();

    [GeneratedRegex(
        // Environment-variable names in capitals, settings in camel or Pascal case; not any identifier called "Secret".
        @"\b(?:[A-Z0-9_]*(?:API_?KEY|SECRET(?:_KEY)?|ACCESS_?TOKEN|AUTH_?TOKEN|CLIENT_?SECRET|PRIVATE_?KEY)|DOCKERHUB_(?:TOKEN|PASSWORD)|[aA]piKey|[sS]ecretKey|[aA]ccessToken|[aA]uthToken|[cC]lientSecret)[""']?\s*[:=]\s*[""']?(?<value>[A-Za-z0-9+/=_.~-]{16,})")]
    private static partial Regex SecretSetting();

    [GeneratedRegex(@"^(?:x+|\*+|changeme|change-me|your[-_a-z]*|placeholder|redacted|secret|password|example[-_a-z0-9]*|dummy[-_a-z0-9]*|fake[-_a-z0-9]*|test[-_a-z0-9]*)$", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceholderWord();
}

using Lettings.ServiceDefaults;

namespace Lettings.Web.Data;

/// <summary>DATABASE_URL cannot be used. The message names the variable and never repeats its value.</summary>
public sealed class InvalidDatabaseUrlException(string reason)
    : InvalidSettingException(DatabaseUrl.VariableName, $"is not a valid PostgreSQL URL: {reason}");

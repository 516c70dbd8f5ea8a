namespace Lettings.Tests.Infrastructure;

/// <summary>A fresh, private database for one test class: its settings for the app, and its removal.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    /// <summary>The configuration that points the site at this database.</summary>
    public abstract IReadOnlyDictionary<string, string?> Settings { get; }

    public abstract string Name { get; }

    public abstract ValueTask DisposeAsync();

    public override string ToString() => Name;
}

namespace Lettings.Tests.Infrastructure;

/// <summary>A fresh, private database for one test class: made when the class starts, its settings for the app, and its removal.</summary>
public abstract class TestDatabase : IAsyncLifetime
{
    /// <summary>The configuration that points the site at this database.</summary>
    public abstract IReadOnlyDictionary<string, string?> Settings { get; }

    public abstract string Name { get; }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public abstract Task DisposeAsync();

    public override string ToString() => Name;
}

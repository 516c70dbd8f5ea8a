namespace Lettings.Web.Caching;

/// <summary>
/// What the output cache may trust. <see cref="Generation"/> counts evictions: a response whose rendering began before
/// an eviction may hold data read before the change, so it is not stored. While this instance cannot hear other
/// instances' evictions (<see cref="Coherent"/> false) the cache is bypassed rather than risk serving stale pages.
/// </summary>
public sealed class CacheFreshness
{
    private long _generation;
    private volatile bool _coherent = true;

    public long Generation => Interlocked.Read(ref _generation);

    public bool Coherent => _coherent;

    public void Advance() => Interlocked.Increment(ref _generation);

    public void Suspend() => _coherent = false;

    public void Resume() => _coherent = true;
}

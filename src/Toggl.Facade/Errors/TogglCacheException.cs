namespace Toggl;

/// <summary>A cache could not be read or written (a locked, unreadable or corrupt file, a full disk).</summary>
public sealed class TogglCacheException : TogglException
{
    /// <summary>A cache failure.</summary>
    /// <param name="message">What went wrong.</param>
    public TogglCacheException(string message)
        : base(message) { }
}

namespace Toggl.Sandbox.Json;

/// <summary>
/// How a time entry is shown: the format of start/stop and the array/null quirks depend on the
/// endpoint (docs/toggl-api.md §1.1, §5, §7.4).
/// </summary>
internal sealed record EntryView
{
    /// <summary>start/stop with <c>Z</c> (create, update, stop) instead of <c>+00:00</c> (GET).</summary>
    public bool Zulu { get; init; }

    /// <summary>Add the meta fields (<c>meta=true</c>).</summary>
    public bool Meta { get; init; }

    /// <summary>Add <c>shared_with</c> for shared entries (<c>include_sharing=true</c>).</summary>
    public bool IncludeSharing { get; init; }

    /// <summary>POST answers echo <c>tags</c>/<c>tag_ids</c> as sent, or null when not sent (docs/toggl-api.md §5).</summary>
    public bool EchoTags { get; init; }

    /// <summary>The <c>tags</c> the POST body carried (null when absent).</summary>
    public IReadOnlyList<string>? SentTags { get; init; }

    /// <summary>The <c>tag_ids</c> the POST body carried (null when absent).</summary>
    public IReadOnlyList<long>? SentTagIds { get; init; }

    /// <summary>The body named tags by name (a non-empty <c>tags</c>): <see cref="SandboxOptions.TagIdsInWriteAnswers"/> applies.</summary>
    public bool NamedTags { get; init; }

    /// <summary>With <see cref="NamedTags"/>: <c>tag_ids</c> is <c>null</c> instead of the entry's ids.</summary>
    public bool NullTagIdsForNamedTags { get; init; }

    /// <summary>A POST without stop and duration answers <c>stop:null, duration:0</c> (docs/toggl-api.md §6.4).</summary>
    public bool ZeroLength { get; init; }

    /// <summary>The view of GET endpoints.</summary>
    public static EntryView Get { get; } = new();

    /// <summary>The view of stop answers.</summary>
    public static EntryView Write { get; } = new() { Zulu = true };
}

namespace Toggl.Sandbox.Store;

/// <summary>A refusal the API answers with a status and Toggl's JSON-string message (docs/toggl-api.md §3.1).</summary>
internal sealed record ApiError(int Status, string Message)
{
    /// <summary>403 with the recorded access text (docs/toggl-api.md §2).</summary>
    public static ApiError NoAccess { get; } = new(403, TogglTexts.NoAccess);

    /// <summary>400 for a body that is not the JSON the endpoint expects.</summary>
    public static ApiError BadJson { get; } = new(400, TogglTexts.InvalidJson);

    /// <summary>A 400 with the given text.</summary>
    public static ApiError BadRequest(string message) => new(400, message);

    /// <summary>A 404 with the given text.</summary>
    public static ApiError NotFound(string message) => new(404, message);
}

/// <summary>Either a value or an <see cref="ApiError"/>.</summary>
internal readonly struct Outcome<T>
{
    private Outcome(T? value, ApiError? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>The value when there is no error.</summary>
    public T? Value { get; }

    /// <summary>The error, or null.</summary>
    public ApiError? Error { get; }

    /// <summary>A success.</summary>
    public static Outcome<T> Ok(T value) => new(value, null);

    /// <summary>A failure.</summary>
    public static implicit operator Outcome<T>(ApiError error) => new(default, error);
}

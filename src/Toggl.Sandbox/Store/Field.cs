namespace Toggl.Sandbox.Store;

/// <summary>A body field that may be absent, present as null, or present with a value: Toggl's
/// updates carry only changed fields (docs/toggl-api.md §1), so "absent" and "null" differ.</summary>
internal readonly record struct Field<T>(bool Present, T Value)
{
    public static Field<T> Absent => default;

    public static Field<T> Of(T value) => new(true, value);
}

namespace Toggl;

/// <summary>Lists as the records' <c>ToString</c> prints them.</summary>
internal static class Items
{
    /// <summary><c>[a, b]</c>, or <c>null</c>; each item by its own <c>ToString</c>.</summary>
    public static string Show<T>(IReadOnlyList<T>? items) =>
        items is null ? "null" : "[" + string.Join(", ", items) + "]";
}

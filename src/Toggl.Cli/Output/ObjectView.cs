namespace Toggl.Cli.Output;

/// <summary>
/// One of Toggl's objects (a project, a tag, a workspace, …) as the tool prints it: its fields in order, keyed as
/// in the JSON the tool prints (snake_case, a contract for scripts like the entries' shape).
/// </summary>
/// <param name="Fields">The fields, in the order of the table's columns and the JSON's properties.</param>
internal sealed record ObjectView(IReadOnlyList<ObjectField> Fields);

/// <summary>One field of an <see cref="ObjectView"/>.</summary>
/// <param name="Key">The JSON property and CSV column: <c>client_id</c>.</param>
/// <param name="Value">A string, number, bool, instant, date, duration (seconds in JSON and CSV), or null.</param>
/// <param name="Written">Whether someone in the workspace wrote it (a name, notes): shown with its controls escaped, kept as text in a spreadsheet.</param>
internal readonly record struct ObjectField(string Key, object? Value, bool Written = false);

using System.Collections;
using System.Globalization;
using Microsoft.FSharp.Collections;
using Core = Toggl.Core;

namespace Toggl;

/// <summary>
/// One condition of a cache query (the Python library's <c>TogglQuery(key, value, comparison)</c>). Values:
/// integers for ids and durations (or a <see cref="TimeSpan"/>), text for descriptions and tag names, a
/// <see cref="DateTimeOffset"/> for an instant, a <see cref="DateOnly"/> for a whole day, a boolean for
/// billable, a list of values for "any of" (with <see cref="Comparison.Equal"/>), and <see langword="null"/>
/// for "not set" (<c>new TogglQuery("stop", null)</c> finds running trackers).
/// </summary>
public sealed class TogglQuery
{
    private static readonly Dictionary<string, TrackerField> Keys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = TrackerField.Id,
        ["workspace_id"] = TrackerField.WorkspaceId,
        ["workspace"] = TrackerField.WorkspaceId,
        ["description"] = TrackerField.Description,
        // The Python library calls a tracker's description its name.
        ["name"] = TrackerField.Description,
        ["start"] = TrackerField.Start,
        ["stop"] = TrackerField.Stop,
        ["duration"] = TrackerField.Duration,
        ["project_id"] = TrackerField.ProjectId,
        ["project"] = TrackerField.ProjectId,
        ["task_id"] = TrackerField.TaskId,
        ["task"] = TrackerField.TaskId,
        ["tags"] = TrackerField.Tags,
        ["tag_ids"] = TrackerField.TagIds,
        ["billable"] = TrackerField.Billable,
        ["user_id"] = TrackerField.UserId,
        ["user"] = TrackerField.UserId,
        ["at"] = TrackerField.At,
        ["timestamp"] = TrackerField.At,
        ["server_deleted_at"] = TrackerField.ServerDeletedAt,
    };

    private readonly Core.QueryValue _value;

    /// <summary>A condition on a field named as Toggl's JSON or the Python library names it.</summary>
    /// <param name="key">
    /// The field: <c>id</c>, <c>workspace_id</c>, <c>description</c> (or <c>name</c>), <c>start</c>, <c>stop</c>,
    /// <c>duration</c>, <c>project_id</c>, <c>task_id</c>, <c>tags</c>, <c>tag_ids</c>, <c>billable</c>,
    /// <c>user_id</c>, <c>at</c>, <c>server_deleted_at</c>; case and underscores do not matter (<c>ProjectId</c> works).
    /// </param>
    /// <param name="value">The value compared with.</param>
    /// <param name="comparison">How they are compared.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentException">The key is unknown, or the value does not suit the field or the comparison.</exception>
    public TogglQuery(string key, object? value, Comparison comparison = Comparison.Equal)
        : this(ParseKey(key), value, comparison) { }

    /// <summary>A condition on a field.</summary>
    /// <param name="key">The field.</param>
    /// <param name="value">The value compared with.</param>
    /// <param name="comparison">How they are compared.</param>
    /// <exception cref="ArgumentException">The value does not suit the field or the comparison.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The field or the comparison is not a defined value.</exception>
    public TogglQuery(TrackerField key, object? value, Comparison comparison = Comparison.Equal)
    {
        if (!Enum.IsDefined(key))
            throw new ArgumentOutOfRangeException(nameof(key), key, "Unknown tracker field.");
        if (!Enum.IsDefined(comparison))
            throw new ArgumentOutOfRangeException(nameof(comparison), comparison, "Unknown comparison.");
        Key = key;
        Value = value;
        Comparison = comparison;
        _value = ToValue(key, value);
        // What fits a field is the core's rule (QueryEval.validate): the façade only converts C# values.
        var valid = Core.QueryEval.validate(ListModule.OfSeq([ToCore()]));
        if (valid.IsError)
            throw new ArgumentException(Core.TogglErrorModule.message(valid.ErrorValue), nameof(value));
    }

    /// <summary>The field compared.</summary>
    public TrackerField Key { get; }

    /// <summary>The value compared with, as given.</summary>
    public object? Value { get; }

    /// <summary>How the field and the value are compared.</summary>
    public Comparison Comparison { get; }

    /// <summary>The condition as text, e.g. <c>stop Equal null</c>.</summary>
    /// <returns>The key, the comparison and the value.</returns>
    public override string ToString() => $"{Key} {Comparison} {Show(Value)}";

    internal Core.TogglQuery ToCore() => new(ToCore(Key), _value, ToCore(Comparison));

    private static string Show(object? value) =>
        value switch
        {
            null => "null",
            string text => $"\"{text}\"",
            IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Show)) + "]",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };

    private static TrackerField ParseKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (Keys.TryGetValue(key.Trim(), out var field))
            return field;
        // C# property names (ProjectId) and snake case (project_id) name the same field.
        var compact = key.Replace("_", "", StringComparison.Ordinal).Trim();
        foreach (var (name, known) in Keys)
        {
            if (string.Equals(name.Replace("_", "", StringComparison.Ordinal), compact, StringComparison.OrdinalIgnoreCase))
                return known;
        }
        throw new ArgumentException(
            $"Unknown tracker field '{key}'. Known fields: {string.Join(", ", Keys.Keys)}.",
            nameof(key));
    }

    /// <summary>
    /// The core value a C# value stands for, whatever the field: whether it suits the field is the core's
    /// decision. Only values with no core counterpart are refused here.
    /// </summary>
    private static Core.QueryValue ToValue(TrackerField key, object? value)
    {
        switch (value)
        {
            case null:
                return Core.QueryValue.Null;
            case string text:
                return Core.QueryValue.NewText(text);
            case bool flag:
                return Core.QueryValue.NewBool(flag);
            case DateTimeOffset instant:
                return Core.QueryValue.NewInstant(instant);
            case DateTime dateTime:
                // An unspecified DateTime has no instant: guessing the zone is bug 3 of the Python library.
                if (dateTime.Kind == DateTimeKind.Unspecified)
                    throw new ArgumentException(
                        $"The DateTime for {key} has an unspecified kind: pass a DateTimeOffset, a UTC or local DateTime, or a DateOnly.",
                        nameof(value));
                return Core.QueryValue.NewInstant(new DateTimeOffset(dateTime));
            case DateOnly day:
                return Core.QueryValue.NewDay(day);
            case TimeSpan span when key == TrackerField.Duration:
                return Core.QueryValue.NewInt((long)span.TotalSeconds);
            case IEnumerable items:
                return Core.QueryValue.NewAnyOf(Interop.ToFSharpList(items.Cast<object?>().Select(item => ToValue(key, item)).ToList()));
            case var other when TryInteger(other, out var number):
                return Core.QueryValue.NewInt(number);
            default:
                throw new ArgumentException(
                    $"The value for {key} is a {value.GetType().Name}, which no tracker field holds: pass an integer, a string, a bool, "
                    + "a DateTimeOffset, a DateTime with a kind, a DateOnly, a TimeSpan (for Duration) or a list of these.",
                    nameof(value));
        }
    }

    private static bool TryInteger(object value, out long number)
    {
        switch (value)
        {
            case long l:
                number = l;
                return true;
            case int i:
                number = i;
                return true;
            case short s:
                number = s;
                return true;
            case byte b:
                number = b;
                return true;
            case uint u:
                number = u;
                return true;
            case ulong ul when ul <= long.MaxValue:
                number = (long)ul;
                return true;
            default:
                number = 0;
                return false;
        }
    }

    /// <summary>The core field of a façade field (also used by the outbox's merge choices).</summary>
    internal static Core.TrackerField ToCore(TrackerField key) =>
        key switch
        {
            TrackerField.Id => Core.TrackerField.Id,
            TrackerField.WorkspaceId => Core.TrackerField.WorkspaceId,
            TrackerField.Description => Core.TrackerField.Description,
            TrackerField.Start => Core.TrackerField.Start,
            TrackerField.Stop => Core.TrackerField.Stop,
            TrackerField.Duration => Core.TrackerField.Duration,
            TrackerField.ProjectId => Core.TrackerField.ProjectId,
            TrackerField.TaskId => Core.TrackerField.TaskId,
            TrackerField.Tags => Core.TrackerField.TagNames,
            TrackerField.TagIds => Core.TrackerField.TagIds,
            TrackerField.Billable => Core.TrackerField.Billable,
            TrackerField.UserId => Core.TrackerField.UserId,
            TrackerField.At => Core.TrackerField.At,
            TrackerField.ServerDeletedAt => Core.TrackerField.ServerDeletedAt,
            _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Unknown tracker field."),
        };

    private static Core.Comparison ToCore(Comparison comparison) =>
        comparison switch
        {
            Comparison.Equal => Core.Comparison.Equal,
            Comparison.LessThan => Core.Comparison.Less,
            Comparison.LessThanOrEqual => Core.Comparison.LessOrEqual,
            Comparison.GreaterThan => Core.Comparison.Greater,
            Comparison.GreaterThanOrEqual => Core.Comparison.GreaterOrEqual,
            _ => throw new ArgumentOutOfRangeException(nameof(comparison), comparison, "Unknown comparison."),
        };
}

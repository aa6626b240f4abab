using System.Collections;
using System.Globalization;
using Core = Toggl.Core;

namespace Toggl;

/// <summary>
/// One condition of a cache query (the seed's <c>TogglQuery(key, value, comparison)</c>). Values:
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
        _value = ToValue(key, value, comparison, nested: false);
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

    private enum Kind
    {
        Integer,
        Text,
        Time,
        Boolean,
        Seconds,
    }

    private static Kind KindOf(TrackerField key) =>
        key switch
        {
            TrackerField.Description or TrackerField.Tags => Kind.Text,
            TrackerField.Start or TrackerField.Stop or TrackerField.At or TrackerField.ServerDeletedAt => Kind.Time,
            TrackerField.Billable => Kind.Boolean,
            TrackerField.Duration => Kind.Seconds,
            _ => Kind.Integer,
        };

    private static bool IsNullable(TrackerField key) =>
        key is TrackerField.Description or TrackerField.Stop or TrackerField.ProjectId or TrackerField.TaskId
            or TrackerField.ServerDeletedAt;

    private static Core.QueryValue ToValue(TrackerField key, object? value, Comparison comparison, bool nested)
    {
        string Wrong(string expected) =>
            $"The value for {key} must be {expected}; got {(value is null ? "null" : value.GetType().Name)}.";

        switch (value)
        {
            case null when nested:
                throw new ArgumentException($"A list of values for {key} cannot hold null.", nameof(value));
            case null when comparison != Comparison.Equal:
                throw new ArgumentException($"null can only be compared with Equal (it means {key} is not set).", nameof(value));
            case null when !IsNullable(key):
                throw new ArgumentException($"{key} is never null on a tracker: compare it with a value.", nameof(value));
            case null:
                return Core.QueryValue.Null;
            case string when KindOf(key) != Kind.Text:
            case IEnumerable when value is not string && nested:
                break;
            case IEnumerable items when value is not string:
                if (comparison != Comparison.Equal)
                    throw new ArgumentException($"A list of values means 'any of' and needs Equal, not {comparison}.", nameof(value));
                var converted = items.Cast<object?>().Select(item => ToValue(key, item, comparison, nested: true)).ToList();
                if (converted.Count == 0)
                    throw new ArgumentException($"The list of values for {key} is empty: it would match nothing.", nameof(value));
                return Core.QueryValue.NewAnyOf(Interop.ToFSharpList(converted));
        }

        var kind = KindOf(key);
        switch (kind)
        {
            case Kind.Text when value is string text:
                return Core.QueryValue.NewText(text);
            case Kind.Boolean when value is bool flag:
                if (comparison != Comparison.Equal)
                    throw new ArgumentException($"{key} is a boolean: it can only be compared with Equal.", nameof(comparison));
                return Core.QueryValue.NewBool(flag);
            case Kind.Time when value is DateTimeOffset instant:
                return Core.QueryValue.NewInstant(instant);
            case Kind.Time when value is DateTime dateTime:
                // An unspecified DateTime has no instant: guessing the zone is bug 3 of the Python library.
                if (dateTime.Kind == DateTimeKind.Unspecified)
                    throw new ArgumentException(
                        $"The DateTime for {key} has an unspecified kind: pass a DateTimeOffset, a UTC or local DateTime, or a DateOnly.",
                        nameof(value));
                return Core.QueryValue.NewInstant(new DateTimeOffset(dateTime));
            case Kind.Time when value is DateOnly day:
                return Core.QueryValue.NewDay(day);
            case Kind.Seconds when value is TimeSpan span:
                return Core.QueryValue.NewInt((long)span.TotalSeconds);
            case Kind.Integer or Kind.Seconds when TryInteger(value, out var number):
                return Core.QueryValue.NewInt(number);
        }

        throw new ArgumentException(
            Wrong(kind switch
            {
                Kind.Text => "a string",
                Kind.Time => "a DateTimeOffset, a DateTime with a kind, or a DateOnly",
                Kind.Boolean => "a bool",
                Kind.Seconds => "a whole number of seconds or a TimeSpan",
                _ => "an integer",
            }),
            nameof(value));
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

    private static Core.TrackerField ToCore(TrackerField key) =>
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

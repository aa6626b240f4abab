using Microsoft.FSharp.Core;
using Core = Toggl.Core;

namespace Toggl;

/// <summary>
/// The one rule by which a façade body becomes core fields (the <see cref="TrackerBody"/> mechanism): a null property
/// is <c>Unset</c> (not sent), a field named in the body's <c>Clear</c> is <c>Clear</c> (sent as null), a value is
/// <c>Set</c>; setting and clearing one field is a mistake reported before anything is sent.
/// </summary>
internal static class BodyField
{
    public static Core.Field<T> Value<T>(T? value, bool cleared, string body, string field)
        where T : struct
    {
        NotBoth(value is not null, cleared, body, field);
        return value is { } v ? Core.Field<T>.NewSet(v) : cleared ? Core.Field<T>.Clear : Core.Field<T>.Unset;
    }

    public static Core.Field<T> Reference<T>(T? value, bool cleared, string body, string field)
        where T : class
    {
        NotBoth(value is not null, cleared, body, field);
        return value is not null ? Core.Field<T>.NewSet(value) : cleared ? Core.Field<T>.Clear : Core.Field<T>.Unset;
    }

    /// <summary>A field that cannot be cleared: set or not sent.</summary>
    public static Core.Field<T> Value<T>(T? value)
        where T : struct => value is { } v ? Core.Field<T>.NewSet(v) : Core.Field<T>.Unset;

    /// <summary>A field that cannot be cleared: set or not sent.</summary>
    public static Core.Field<T> Reference<T>(T? value)
        where T : class => value is not null ? Core.Field<T>.NewSet(value) : Core.Field<T>.Unset;

    /// <summary>A <c>Clear</c> value naming only known fields.</summary>
    public static void KnownFlags<TFlags>(TFlags clear, TFlags known, string body)
        where TFlags : struct, Enum
    {
        var value = System.Convert.ToInt64(clear, System.Globalization.CultureInfo.InvariantCulture);
        var mask = System.Convert.ToInt64(known, System.Globalization.CultureInfo.InvariantCulture);
        if ((value & ~mask) != 0)
            throw new ArgumentException($"{body}.Clear names unknown fields ({value}).", "body");
    }

    public static FSharpOption<T> Option<T>(T? value)
        where T : struct => Interop.ToOption(value);

    private static void NotBoth(bool isSet, bool cleared, string body, string field)
    {
        if (isSet && cleared)
            throw new ArgumentException($"{body} sets {field} and also clears it: do one or the other.", "body");
    }
}

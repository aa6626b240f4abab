using Microsoft.FSharp.Collections;
using Microsoft.FSharp.Core;
using Core = Toggl.Core;

namespace Toggl;

/// <summary>
/// The seam between C# and the F# core: options, lists and results become nullable values, read-only lists
/// and exceptions here, so no F# type reaches the public surface.
/// </summary>
internal static class Interop
{
    public static FSharpOption<T> ToOption<T>(T? value)
        where T : struct => value is { } v ? FSharpOption<T>.Some(v) : FSharpOption<T>.None;

    public static FSharpOption<T> ToReferenceOption<T>(T? value)
        where T : class => value is null ? FSharpOption<T>.None : FSharpOption<T>.Some(value);

    public static bool IsSome<T>(FSharpOption<T>? option) => FSharpOption<T>.get_IsSome(option);

    public static T? ToNullable<T>(FSharpOption<T>? option)
        where T : struct => IsSome(option) ? option!.Value : null;

    public static T? ToNullableReference<T>(FSharpOption<T>? option)
        where T : class => IsSome(option) ? option!.Value : null;

    public static FSharpList<T> ToFSharpList<T>(IEnumerable<T> items) => ListModule.OfSeq(items);

    /// <summary>The value of a core result, or the exception the error stands for.</summary>
    public static T Unwrap<T>(FSharpResult<T, Core.TogglError> result, CancellationToken cancellationToken) =>
        result.IsOk ? result.ResultValue : throw ErrorMapping.ToException(result.ErrorValue, cancellationToken);

    /// <summary>Awaits a core operation and unwraps its result.</summary>
    public static async Task<T> Unwrap<T>(Task<FSharpResult<T, Core.TogglError>> operation, CancellationToken cancellationToken)
    {
        var result = await operation.ConfigureAwait(false);
        return Unwrap(result, cancellationToken);
    }

    /// <summary>A folder only its owner can enter (files in it hold personal data).</summary>
    public static void CreateOwnerOnlyFolder(string path)
    {
        if (Directory.Exists(path))
            return;
        if (OperatingSystem.IsWindows())
            Directory.CreateDirectory(path);
        else
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}

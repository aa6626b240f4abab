using Microsoft.FSharp.Core;
using Core = Toggl.Core;

namespace Toggl;

/// <summary>Collect filters from the façade's parameters: instants stay instants, plain dates are whole days.</summary>
internal static class Filters
{
    public static Core.CollectFilter Collect(
        DateTimeOffset? since,
        DateTimeOffset? before,
        DateTimeOffset? startDate,
        DateTimeOffset? endDate) =>
        new(
            Interop.ToOption(since),
            Instant(before),
            Instant(startDate),
            Instant(endDate),
            false);

    public static Core.CollectFilter Collect(DateOnly startDate, DateOnly endDate) =>
        new(
            FSharpOption<DateTimeOffset>.None,
            FSharpOption<Core.DateBound>.None,
            FSharpOption<Core.DateBound>.Some(Core.DateBound.NewDay(startDate)),
            FSharpOption<Core.DateBound>.Some(Core.DateBound.NewDay(endDate)),
            false);

    private static FSharpOption<Core.DateBound> Instant(DateTimeOffset? value) =>
        value is { } instant
            ? FSharpOption<Core.DateBound>.Some(Core.DateBound.NewInstant(instant))
            : FSharpOption<Core.DateBound>.None;
}

using Toggl.Sandbox.Json;

namespace Toggl.Sandbox.Tests;

/// <summary>Timestamp formats and parsing (docs/toggl-api.md §1.1).</summary>
public sealed class TimeFormatTests
{
    private static readonly DateTimeOffset Instant = new DateTimeOffset(2024, 12, 16, 2, 24, 56, TimeSpan.Zero).AddTicks(5_667_000);

    [Fact]
    public void offset_format_has_seconds_and_plus_zero()
        => Assert.Equal("2024-12-16T02:24:56+00:00", TogglTime.Offset(Instant));

    [Fact]
    public void zulu_format_has_seconds_and_z()
        => Assert.Equal("2024-12-16T02:24:56Z", TogglTime.Zulu(Instant));

    [Theory]
    [InlineData(5_667_000, "2024-12-16T02:24:56.5667Z")]
    [InlineData(340_970, "2024-12-16T02:24:56.034097Z")]
    [InlineData(0, "2024-12-16T02:24:56Z")]
    [InlineData(1_000_000, "2024-12-16T02:24:56.1Z")]
    public void nano_format_has_microseconds_with_trailing_zeros_trimmed(long ticks, string expected)
        => Assert.Equal(expected, TogglTime.Nano(new DateTimeOffset(2024, 12, 16, 2, 24, 56, TimeSpan.Zero).AddTicks(ticks)));

    [Fact]
    public void formats_convert_other_offsets_to_utc()
        => Assert.Equal("2024-12-16T01:55:24Z", TogglTime.Zulu(new DateTimeOffset(2024, 12, 16, 2, 55, 24, TimeSpan.FromHours(1))));

    [Theory]
    [InlineData("2024-12-16T02:55:24.837112+01:00", "2024-12-16T01:55:24Z")]
    [InlineData("2024-12-16T01:55:24Z", "2024-12-16T01:55:24Z")]
    [InlineData("2024-12-16t01:55:24.123456789z", "2024-12-16T01:55:24Z")]
    [InlineData("2024-12-15T20:55:24-05:00", "2024-12-16T01:55:24Z")]
    public void rfc3339_inputs_parse_and_truncate_to_seconds(string input, string expected)
    {
        Assert.True(TogglTime.TryParseRfc3339(input, out var parsed));
        Assert.Equal(expected, TogglTime.Zulu(TogglTime.TruncateToSeconds(parsed)));
    }

    [Theory]
    [InlineData("2024-12-16")]
    [InlineData("2024-12-16T01:55:24")]
    [InlineData("2024-02-30T01:55:24Z")]
    [InlineData("2024-12-16T25:00:00Z")]
    [InlineData("2024-12-16T01:55:24.Z")]
    [InlineData("2024-12-16T01:55:24.1234567890Z")]
    [InlineData("2024-12-16T01:55:24+1:00")]
    [InlineData("")]
    [InlineData(null)]
    public void malformed_rfc3339_inputs_are_refused(string? input)
        => Assert.False(TogglTime.TryParseRfc3339(input, out _));

    [Fact]
    public void truncation_never_rounds_up()
        => Assert.Equal("2024-12-16T02:24:56Z", TogglTime.Zulu(TogglTime.TruncateToSeconds(new DateTimeOffset(2024, 12, 16, 2, 24, 56, 999, TimeSpan.Zero))));
}

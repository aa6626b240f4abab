using FsCheck;
using FsCheck.Fluent;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Time;

namespace Toggl.Cli.Tests;

/// <summary>Reading the times and dates people type (TimeInput) in a zone with daylight saving.</summary>
public class TimeInputTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    // 2026-11-27 10:00 in Berlin (UTC+1 in winter).
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_clock_time_is_today_in_the_users_zone_converted_to_an_instant()
    {
        var instant = TimeInput.ParseInstant("09:30", Now, Berlin);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 8, 30, 0, TimeSpan.Zero), instant.ToUniversalTime());
    }

    [Fact]
    public void Yesterday_with_a_time_is_the_previous_local_day()
    {
        var instant = TimeInput.ParseInstant("yesterday 14:00", Now, Berlin);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 13, 0, 0, TimeSpan.Zero), instant.ToUniversalTime());
    }

    [Fact]
    public void A_date_alone_is_local_midnight()
    {
        var instant = TimeInput.ParseInstant("2026-07-01", Now, Berlin);
        // Summer time: midnight in Berlin is 22:00 UTC the day before.
        Assert.Equal(new DateTimeOffset(2026, 6, 30, 22, 0, 0, TimeSpan.Zero), instant.ToUniversalTime());
    }

    [Fact]
    public void A_time_with_its_own_offset_keeps_that_instant_rather_than_being_relabelled()
    {
        var instant = TimeInput.ParseInstant("2026-11-27T14:00:00-05:00", Now, Berlin);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 19, 0, 0, TimeSpan.Zero), instant.ToUniversalTime());
    }

    [Fact]
    public void A_relative_time_counts_back_from_now()
    {
        Assert.Equal(Now.AddMinutes(-45), TimeInput.ParseInstant("45m ago", Now, Berlin));
        Assert.Equal(Now.AddMinutes(-90), TimeInput.ParseInstant("1h30m ago", Now, Berlin));
        Assert.Equal(Now, TimeInput.ParseInstant("now", Now, Berlin));
    }

    [Fact]
    public void A_local_time_skipped_by_daylight_saving_is_refused_with_the_zone_named()
    {
        // On 2026-03-29 Berlin's clocks jump from 02:00 to 03:00.
        var error = Assert.Throws<CliException>(() => TimeInput.ParseInstant("2026-03-29 02:30", Now, Berlin));
        Assert.Equal(ExitCodes.BadArguments, error.ExitCode);
        Assert.Contains("Europe/Berlin", error.Message);
    }

    [Fact]
    public void A_local_time_that_happens_twice_is_taken_at_its_first_occurrence()
    {
        // On 2026-10-25 Berlin's clocks go back from 03:00 to 02:00: 02:30 happens at +02:00 first.
        var instant = TimeInput.ParseInstant("2026-10-25 02:30", Now, Berlin);
        Assert.Equal(TimeSpan.FromHours(2), instant.Offset);
    }

    [Theory]
    [InlineData("half past nine")]
    [InlineData("25:00")]
    [InlineData("2026-13-01")]
    [InlineData("")]
    [InlineData("yesterday noon")]
    public void Unreadable_input_is_a_bad_argument_that_quotes_the_input(string text)
    {
        var error = Assert.Throws<CliException>(() => TimeInput.ParseInstant(text, Now, Berlin));
        Assert.Equal(ExitCodes.BadArguments, error.ExitCode);
        Assert.Contains($"'{text}'", error.Message);
    }

    [Fact]
    public void Dates_accept_words_and_iso_dates()
    {
        var today = new DateOnly(2026, 11, 27);
        Assert.Equal(today, TimeInput.ParseDate("today", today));
        Assert.Equal(new DateOnly(2026, 11, 26), TimeInput.ParseDate("Yesterday", today));
        Assert.Equal(new DateOnly(2026, 2, 3), TimeInput.ParseDate("2026-02-03", today));
        Assert.Equal(ExitCodes.BadArguments, Assert.Throws<CliException>(() => TimeInput.ParseDate("27/11/2026", today)).ExitCode);
    }

    [Fact]
    public void Property_a_local_time_shown_to_the_user_reads_back_as_the_same_instant()
    {
        // Any minute in 2025-2027 that exists exactly once in Berlin: show it, read it back.
        var minutes = Gen.Choose(0, 3 * 365 * 24 * 60)
            .Select(m => new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(m))
            .Where(i => !Berlin.IsAmbiguousTime(i))
            .ToArbitrary();
        Prop.ForAll(minutes, instant => TimeInput.ParseInstant(Display.LocalTime(instant, Berlin), Now, Berlin) == instant)
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Property_the_week_of_a_day_runs_monday_to_sunday_and_holds_the_day()
    {
        var days = Gen.Choose(0, 5000).Select(d => new DateOnly(2020, 1, 1).AddDays(d)).ToArbitrary();
        Prop.ForAll(days, day =>
            {
                var week = DateRange.WeekOf(day);
                return week.From.DayOfWeek == DayOfWeek.Monday
                    && week.To == week.From.AddDays(6)
                    && week.From <= day && day <= week.To;
            })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_range_of_days_covers_local_midnight_to_local_midnight()
    {
        var range = new DateRange(new DateOnly(2026, 3, 28), new DateOnly(2026, 3, 29));
        Assert.Equal(new DateTimeOffset(2026, 3, 27, 23, 0, 0, TimeSpan.Zero), range.StartIn(Berlin).ToUniversalTime());
        // The 29th is 23 hours long (summer time starts), so the range is 47 hours.
        Assert.Equal(TimeSpan.FromHours(47), range.EndIn(Berlin) - range.StartIn(Berlin));
    }

    [Theory]
    [InlineData(0, "0:00:00")]
    [InlineData(59, "0:00:59")]
    [InlineData(3900, "1:05:00")]
    [InlineData(90000, "25:00:00")]
    public void Durations_show_hours_minutes_and_seconds(int seconds, string expected) =>
        Assert.Equal(expected, Display.Duration(TimeSpan.FromSeconds(seconds)));
}

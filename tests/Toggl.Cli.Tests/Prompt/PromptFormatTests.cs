using FsCheck;
using FsCheck.Fluent;
using Toggl.Cli.Prompt;

namespace Toggl.Cli.Tests.Prompt;

/// <summary>The prompt's line: placeholders, the separator an empty value takes along, formats refused.</summary>
public sealed class PromptFormatTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 8, 7, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.CreateCustomTimeZone("plus1", TimeSpan.FromHours(1), "plus1", "plus1");

    private static PromptEntry Entry(string? description = "Writing docs", string? project = "Website", string? client = null, params string[] tags) =>
        new(description, project, client, tags, Start);

    [Fact]
    public void The_default_line_has_the_description_the_project_and_the_elapsed_time()
    {
        Assert.Equal("▶ Writing docs · Website 1:23", PromptFormat.Line(PromptFormat.Default, Entry(), Start.AddMinutes(83), Zone));
    }

    [Fact]
    public void Without_a_project_the_separator_goes_with_it()
    {
        Assert.Equal("▶ Writing docs 0:05", PromptFormat.Line(PromptFormat.Default, Entry(project: null), Start.AddMinutes(5), Zone));
    }

    [Fact]
    public void Every_placeholder_is_filled()
    {
        var line = PromptFormat.Line(
            "{description}|{project}|{client}|{tags}|{elapsed}|{elapsed:m}|{start}", Entry(client: "Acme", tags: ["a", "b"]), Start.AddHours(26).AddMinutes(1), Zone);
        Assert.Equal("Writing docs|Website|Acme|a, b|26:01|1561|09:07", line);
    }

    [Fact]
    public void Control_characters_in_a_description_are_shown_not_obeyed()
    {
        Assert.Equal("x\\x1b]0;owned\\x07", PromptFormat.Line("{description}", Entry(description: "x\u001b]0;owned\u0007"), Start, Zone));
    }

    [Fact]
    public void A_clock_behind_the_start_shows_no_negative_time()
    {
        Assert.Equal("0:00", PromptFormat.Line("{elapsed}", Entry(), Start.AddMinutes(-3), Zone));
    }

    [Theory]
    [InlineData("{descripton}", "{descripton}")]
    [InlineData("▶ {description", "never closed")]
    public void A_format_with_an_unknown_or_open_placeholder_is_refused_naming_it(string format, string named)
    {
        Assert.Contains(named, PromptFormat.Problem(format));
    }

    [Fact]
    public void Good_formats_have_no_problem()
    {
        Assert.Null(PromptFormat.Problem(PromptFormat.Default));
        Assert.Null(PromptFormat.Problem("plain text"));
    }

    [Fact]
    public void The_minutes_are_the_whole_minutes_elapsed_for_any_length()
    {
        Prop.ForAll(
            Gen.Choose(0, 10_000_000).ToArbitrary(),
            seconds => PromptFormat.Line("{elapsed:m}", Entry(), Start.AddSeconds(seconds), Zone) == (seconds / 60).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .QuickCheckThrowOnFailure();
    }
}

using FsCheck;
using FsCheck.Fluent;
using Toggl.Cli.CommandLine;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Session;
using Toggl.Cli.Time;

namespace Toggl.Cli.Tests.Objects;

/// <summary>The pure parts: names to objects, the closest names, durations.</summary>
public sealed class ObjectNameTests
{
    private static readonly (long Id, string Name)[] Tags = [(1, "Review"), (2, "REVIEW"), (3, "urgent")];

    private static (long Id, string Name) Find(string typed) => ObjectNames.Find("tag", typed, Tags, t => t.Id, t => t.Name, "here");

    [Fact]
    public void A_name_matches_without_regard_to_case_and_the_exact_spelling_breaks_a_tie()
    {
        Assert.Equal(3, Find(" URGENT ").Id);
        Assert.Equal(2, Find("REVIEW").Id);
        var error = Assert.Throws<CliException>(() => Find("review"));
        Assert.Equal(ExitCodes.BadArguments, error.ExitCode);
        Assert.Equal("'review' names 2 tags here (ids 1, 2): give the id", error.Message);
    }

    [Fact]
    public void An_id_finds_its_object_and_a_name_made_of_digits_is_found_by_name()
    {
        Assert.Equal(1, Find("1").Id);
        var numbered = new[] { (7L, "2024") };
        Assert.Equal(7, ObjectNames.Find("tag", "2024", numbered, t => t.Item1, t => t.Item2, "here").Item1);
    }

    [Fact]
    public void The_closest_names_come_nearest_first_and_far_ones_are_left_out()
    {
        Assert.Equal(["Website", "Websites"], Closest.Nearest("webiste", ["Blog", "Websites", "Website", "Accounting"]));
        Assert.Equal(["Website admin"], Closest.Nearest("admin", ["Website admin", "Blog"]));
        Assert.Empty(Closest.Nearest("zzz", ["Blog", "Website"]));
    }

    [Fact]
    public void Hours_and_minutes_read_as_a_duration_in_every_form()
    {
        Prop.ForAll(
                Gen.Choose(0, 999).ToArbitrary(),
                Gen.Choose(0, 59).ToArbitrary(),
                (hours, minutes) =>
                {
                    var expected = TimeSpan.FromHours(hours) + TimeSpan.FromMinutes(minutes);
                    return TimeInput.ParseDuration($"{hours}h{minutes}m") == expected
                        && TimeInput.ParseDuration($"{hours}h {minutes}min") == expected
                        && TimeInput.ParseDuration($"{hours * 60 + minutes}m") == expected
                        && (hours > 23 || TimeInput.ParseDuration($"{hours}:{minutes:00}") == expected);
                })
            .QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("")]
    [InlineData("h")]
    [InlineData("two hours")]
    [InlineData("-1h")]
    public void A_duration_that_cannot_be_read_is_a_bad_argument_naming_it(string text)
    {
        var error = Assert.Throws<CliException>(() => TimeInput.ParseDuration(text));
        Assert.Equal(ExitCodes.BadArguments, error.ExitCode);
        Assert.Contains($"'{text}'", error.Message);
    }
}

using FsCheck;
using FsCheck.Fluent;
using Toggl.Cli.CommandLine;

namespace Toggl.Cli.Tests;

/// <summary>The edit distance behind "did you mean '--dry-run'?".</summary>
public class ClosestTests
{
    private static readonly Arbitrary<string> Words =
        Gen.Elements('a', 'b', 'c', '-', '_').ArrayOf().Select(chars => new string(chars)).ToArbitrary();

    [Fact]
    public void Property_the_distance_is_symmetric_zero_only_for_equal_words_and_one_per_added_letter()
    {
        Prop.ForAll(Words, Words, (a, b) =>
                Closest.Distance(a, b) == Closest.Distance(b, a)
                && (Closest.Distance(a, b) == 0) == (a == b)
                && Closest.Distance(a, a + "x") == 1
                && Closest.Distance(a, b) <= Math.Max(a.Length, b.Length))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_closest_option_is_suggested_only_when_it_is_near()
    {
        string[] options = ["--dry-run", "--at", "--output", "--refresh"];
        Assert.Equal("--dry-run", Closest.To("--dryrun", options));
        Assert.Equal("--dry-run", Closest.To("--dyr-run", options));
        Assert.Equal("--at", Closest.To("--AT", options));
        Assert.Null(Closest.To("--frobnicate", options));
    }
}

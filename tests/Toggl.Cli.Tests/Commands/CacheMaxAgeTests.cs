using Toggl.Cli.Infrastructure;

namespace Toggl.Cli.Tests.Commands;

/// <summary>TOGGL_CACHE_MAX_AGE: minutes from 0 to 525600; anything else set is an error, never ignored.</summary>
public sealed class CacheMaxAgeTests : CliTest
{
    [Theory]
    [InlineData("1e308")]
    [InlineData("525601")]
    [InlineData("-1")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("fifteen")]
    [InlineData("15min")]
    public async Task A_value_out_of_range_or_unreadable_is_a_one_line_error_naming_the_variable_and_sends_nothing(string value)
    {
        Environment["TOGGL_CACHE_MAX_AGE"] = value;
        var run = await RunAsync("list");
        Assert.True(run.ExitCode == ExitCodes.BadArguments, run.ToString());
        Assert.Equal(
            $"toggl: TOGGL_CACHE_MAX_AGE is '{value}'; it must be a number of minutes from 0 to 525600 (one year), e.g. 15",
            run.Error.TrimEnd('\n'));
        Assert.Empty(Requests);
    }

    [Theory]
    [InlineData("0", 2)]
    [InlineData("2.5", 1)]
    [InlineData("525600", 1)]
    [InlineData("", 1)]
    public async Task A_value_in_range_decides_whether_a_second_read_syncs_again(string value, int syncs)
    {
        Environment["TOGGL_CACHE_MAX_AGE"] = value;
        await RunOkAsync("list");
        await RunOkAsync("list");
        Assert.Equal(syncs, Requests.Count(r => r.Path.EndsWith("/me/time_entries", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_cache_cursor_alone_says_how_fresh_the_cache_is_so_a_lost_state_file_costs_no_sync()
    {
        await RunOkAsync("sync");
        File.Delete(StateFile);
        Sandbox.ClearRequestLog();
        await RunOkAsync("list");
        Assert.Empty(Requests);
    }
}

namespace Toggl.Facade.Tests;

/// <summary>TogglQuery reads keys as Toggl and the Python library name them and refuses values that cannot match.</summary>
public sealed class TogglQueryTests
{
    [Theory]
    [InlineData("id", TrackerField.Id)]
    [InlineData("description", TrackerField.Description)]
    [InlineData("name", TrackerField.Description)]
    [InlineData("project_id", TrackerField.ProjectId)]
    [InlineData("ProjectId", TrackerField.ProjectId)]
    [InlineData("TAGS", TrackerField.Tags)]
    [InlineData("server_deleted_at", TrackerField.ServerDeletedAt)]
    public void Keys_are_read_in_Toggl_or_CSharp_spelling(string key, TrackerField field)
    {
        Assert.Equal(field, new TogglQuery(key, field switch
        {
            TrackerField.Description or TrackerField.Tags => "x",
            TrackerField.ServerDeletedAt => DateTimeOffset.UnixEpoch,
            _ => 1L,
        }).Key);
    }

    [Fact]
    public void An_unknown_key_names_the_known_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => new TogglQuery("colour", "red"));

        Assert.Equal("key", error.ParamName);
        Assert.Contains("project_id", error.Message);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_refused()
    {
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => new TogglQuery("start", "yesterday")).ParamName);
        Assert.Throws<ArgumentException>(() => new TogglQuery(TrackerField.Id, "12"));
        Assert.Throws<ArgumentException>(() => new TogglQuery(TrackerField.Billable, 1));
    }

    [Fact]
    public void A_list_means_any_of_and_needs_Equal()
    {
        Assert.Equal(Comparison.Equal, new TogglQuery("id", new long[] { 1, 2 }).Comparison);
        Assert.Throws<ArgumentException>(() => new TogglQuery("id", new long[] { 1, 2 }, Comparison.LessThan));
        Assert.Throws<ArgumentException>(() => new TogglQuery("id", Array.Empty<long>()));
    }

    [Fact]
    public void Null_means_not_set_and_only_fits_nullable_fields()
    {
        Assert.Null(new TogglQuery("stop", null).Value);
        Assert.Throws<ArgumentException>(() => new TogglQuery("id", null));
        Assert.Throws<ArgumentException>(() => new TogglQuery("stop", null, Comparison.GreaterThan));
    }

    [Fact]
    public void What_fits_a_field_is_the_cores_rule_with_its_reason()
    {
        // Each refusal carries QueryEval.validate's reason; the façade only converts the C# value.
        var wrongType = Assert.Throws<ArgumentException>(() => new TogglQuery("project_id", "12"));
        Assert.Equal("value", wrongType.ParamName);
        Assert.Contains("ProjectId is compared with an integer, not a text", wrongType.Message);
        Assert.Contains("never missing", Assert.Throws<ArgumentException>(() => new TogglQuery("id", null)).Message);
        Assert.Contains("empty", Assert.Throws<ArgumentException>(() => new TogglQuery("tag_ids", Array.Empty<long>())).Message);
        // Accepted by the core: null finds untagged trackers, and a list may add "or none" to its values.
        Assert.Null(new TogglQuery("tags", null).Value);
        Assert.Equal(TrackerField.TagIds, new TogglQuery("tag_ids", new object?[] { 1L, null }).Key);
        // A C# type no field holds is refused by the conversion, before the core is asked.
        Assert.Contains("Guid", Assert.Throws<ArgumentException>(() => new TogglQuery("id", Guid.Empty)).Message);
    }

    [Fact]
    public void A_DateTime_without_a_kind_is_refused_rather_than_guessed()
    {
        Assert.Throws<ArgumentException>(() => new TogglQuery("start", new DateTime(2025, 1, 1)));
        Assert.Equal(TrackerField.Start, new TogglQuery("start", new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc)).Key);
        Assert.Equal(TrackerField.Start, new TogglQuery("start", new DateOnly(2025, 1, 1), Comparison.GreaterThanOrEqual).Key);
    }

    [Fact]
    public void Durations_accept_seconds_or_a_TimeSpan()
    {
        Assert.Equal(TimeSpan.FromHours(1), new TogglQuery("duration", TimeSpan.FromHours(1), Comparison.GreaterThan).Value);
        Assert.Equal(3600, new TogglQuery("duration", 3600, Comparison.GreaterThan).Value);
    }

    [Fact]
    public void ToString_shows_the_condition()
    {
        Assert.Equal("Stop Equal null", new TogglQuery("stop", null).ToString());
        Assert.Equal("Description Equal [\"a\", \"b\"]", new TogglQuery("description", new[] { "a", "b" }).ToString());
    }
}

namespace Toggl.Sandbox.Tests;

/// <summary>Bad input gets a 4xx naming the problem, never a 500 (and never corrupts the store).</summary>
public sealed class MalformedInputTests
{
    public static TheoryData<string, string, string?> Requests => new()
    {
        { "GET", "me/time_entries?since=99999999999999999999", null },
        { "GET", "me/time_entries?since=-99999999999999", null },
        { "GET", "me/time_entries?before=2024-13-45", null },
        { "GET", "me/time_entries?start_date=2024-12-01T00:00:00&end_date=2024-12-02", null },
        { "GET", "me/time_entries/99999999999999999999999", null },
        { "GET", "me/time_entries/-5", null },
        { "POST", "workspaces/abc/time_entries", "{}" },
        { "POST", "workspaces/{wid}/time_entries", "" },
        { "POST", "workspaces/{wid}/time_entries", "null" },
        { "POST", "workspaces/{wid}/time_entries", """{"start":"2024-12-16T01:00:00Z","duration":1e400}""" },
        { "POST", "workspaces/{wid}/time_entries", """{"start":"2024-12-16T01:00:00Z","duration":99999999999999999}""" },
        { "POST", "workspaces/{wid}/time_entries", """{"start":"2024-12-16T01:00:00Z","duration":60,"tags":[1,2]}""" },
        { "POST", "workspaces/{wid}/time_entries", """{"start":"2024-12-16T01:00:00Z","duration":60,"tags":["  "]}""" },
        { "POST", "workspaces/{wid}/time_entries", """{"start":"9999-12-31T23:59:59-23:59","duration":60}""" },
        { "POST", "workspaces/{wid}/time_entries", """{"start":"2024-12-16T01:00:00Z","start_date":"2024-02-31","duration":60}""" },
        { "PUT", "workspaces/{wid}/time_entries/{id}", """{"tag_action":"explode","tags":["a"]}""" },
        { "PUT", "workspaces/{wid}/time_entries/{id}", """{"start":null}""" },
        { "PUT", "workspaces/{wid}/time_entries/{id}", """{"stop":"2000-01-01T00:00:00Z"}""" },
        { "PUT", "workspaces/{wid}/time_entries/{id}", "[1,2,3]" },
        { "PATCH", "workspaces/{wid}/time_entries/1,,x", """[{"op":"replace","path":"/billable","value":true}]""" },
        { "PATCH", "workspaces/{wid}/time_entries/{id}", """[{"op":"replace","path":"/start"}]""" },
        { "PATCH", "workspaces/{wid}/time_entries/{id}", """[{"op":"remove","path":"/start"}]""" },
        { "PATCH", "workspaces/{wid}/time_entries/{id}", "[null]" },
        { "POST", "workspaces/{wid}/projects", """{"name":"x","start_date":"someday"}""" },
        { "POST", "workspaces/{wid}/projects", """{"name":["x"]}""" },
        { "POST", "workspaces/{wid}/clients", """{"name":42}""" },
        { "PUT", "workspaces/{wid}/projects/xyz", """{"name":"x"}""" },
        { "PUT", "workspaces/{wid}/tags/xyz", """{"name":"x"}""" },
        { "POST", "/reports/api/v3/workspace/{wid}/search/time_entries", """{"page_size":"many"}""" },
        { "POST", "/reports/api/v3/workspace/{wid}/search/time_entries", "]" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task malformed_request_returns_4xx_not_500(string method, string path, string? body)
    {
        await using var h = await Harness.Start();
        var id = await h.Create("""{"start":"2024-12-16T01:00:00Z","duration":600,"description":"intact"}""");
        var reply = await h.Send(new HttpMethod(method), path.Replace("{wid}", h.Wid.ToString()).Replace("{id}", id.ToString()), body);
        Assert.InRange(reply.Status, 400, 499);
        var entry = h.Sandbox.GetTimeEntry(id)!;
        Assert.Equal("intact", entry.Description);
        Assert.Equal(600, entry.Duration);
    }
}

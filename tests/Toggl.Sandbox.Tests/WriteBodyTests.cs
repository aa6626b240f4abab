using System.Net.Http.Headers;
using System.Text.Json;

namespace Toggl.Sandbox.Tests;

/// <summary>
/// Write bodies Toggl refuses: bytes that are not UTF-8 (400 as malformed JSON, never a 500 with an empty
/// body) and durations beyond what Toggl accepts (400 with a message, so no client ever reads them back).
/// </summary>
public sealed class WriteBodyTests
{
    /// <summary>A JSON text whose description holds the byte 0xFF, which no UTF-8 text contains.</summary>
    private static byte[] InvalidUtf8(string before, string after) =>
        [.. System.Text.Encoding.UTF8.GetBytes(before), 0xFF, 0xFE, .. System.Text.Encoding.UTF8.GetBytes(after)];

    public static TheoryData<string, string, string, string> InvalidUtf8Requests => new()
    {
        { "POST", "workspaces/{wid}/time_entries", """{"start":"2024-12-16T01:00:00Z","duration":60,"description":"a""", "\"}" },
        { "PUT", "workspaces/{wid}/time_entries/{id}", """{"description":"a""", "\"}" },
        { "PATCH", "workspaces/{wid}/time_entries/{id}", """[{"op":"replace","path":"/description","value":"a""", "\"}]" },
        { "POST", "workspaces/{wid}/projects", """{"name":"a""", "\"}" },
        { "POST", "workspaces/{wid}/tags", """{"name":"a""", "\"}" },
        { "POST", "workspaces/{wid}/clients", """{"name":"a""", "\"}" },
        { "POST", "/reports/api/v3/workspace/{wid}/search/time_entries", """{"description":"a""", "\"}" },
    };

    [Theory]
    [MemberData(nameof(InvalidUtf8Requests))]
    public async Task invalid_utf8_body_answers_400_invalid_json(string method, string path, string before, string after)
    {
        await using var h = await Harness.Start();
        var id = await h.Create("""{"start":"2024-12-16T01:00:00Z","duration":600,"description":"intact"}""");
        using var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{wid}", h.Wid.ToString()).Replace("{id}", id.ToString()))
        {
            Content = new ByteArrayContent(InvalidUtf8(before, after)),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await h.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("Invalid JSON input", body);
        Assert.Equal("intact", h.Sandbox.GetTimeEntry(id)!.Description);
    }

    public static TheoryData<string> AbsurdDurations => new()
    {
        long.MinValue.ToString(),
        long.MaxValue.ToString(),
        "-2",
        "-86400",
        (1000L * 3600).ToString(),
        "9223372036",
    };

    [Theory]
    [MemberData(nameof(AbsurdDurations))]
    public async Task create_with_absurd_duration_answers_400_with_a_message(string duration)
    {
        await using var h = await Harness.Start();
        var reply = await h.Post($"workspaces/{h.Wid}/time_entries", $$"""{"start":"2024-12-16T01:00:00Z","duration":{{duration}}}""");
        Assert.Equal(400, reply.Status);
        Assert.Contains("duration", reply.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(h.Sandbox.TimeEntries);
    }

    [Theory]
    [MemberData(nameof(AbsurdDurations))]
    public async Task update_with_absurd_duration_answers_400_and_keeps_the_entry(string duration)
    {
        await using var h = await Harness.Start();
        var id = await h.Create("""{"start":"2024-12-16T01:00:00Z","duration":600}""");
        var reply = await h.Put($"workspaces/{h.Wid}/time_entries/{id}", $$"""{"duration":{{duration}}}""");
        Assert.Equal(400, reply.Status);
        Assert.Contains("duration", reply.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(600, h.Sandbox.GetTimeEntry(id)!.Duration);
    }

    [Theory]
    [MemberData(nameof(AbsurdDurations))]
    public async Task bulk_patch_with_absurd_duration_fails_the_entry_with_a_message(string duration)
    {
        await using var h = await Harness.Start();
        var id = await h.Create("""{"start":"2024-12-16T01:00:00Z","duration":600}""");
        var reply = await h.Patch($"workspaces/{h.Wid}/time_entries/{id}", $$"""[{"op":"replace","path":"/duration","value":{{duration}}}]""");
        Assert.Equal(200, reply.Status);
        Assert.Empty(reply.Json.GetProperty("success").EnumerateArray());
        var failure = reply.Json.GetProperty("failure")[0];
        Assert.Equal(id, failure.GetProperty("id").GetInt64());
        Assert.Contains("duration", failure.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(600, h.Sandbox.GetTimeEntry(id)!.Duration);
    }

    [Fact]
    public async Task stop_more_than_999_hours_after_start_answers_400()
    {
        await using var h = await Harness.Start();
        var reply = await h.Post($"workspaces/{h.Wid}/time_entries", """{"start":"2024-01-01T00:00:00Z","stop":"2024-12-16T00:00:00Z"}""");
        Assert.Equal(400, reply.Status);
        Assert.Contains("duration", reply.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("-1734310800")] // −start (2024-12-16T01:00:00Z), the convention of older clients (docs/toggl-api.md §7.2)
    [InlineData("-1734311200")] // −(a creator's now a few minutes after start), as recorded (docs/toggl-api.md §7.2)
    [InlineData("0")]
    [InlineData("3599999")] // 999:59:59
    public async Task running_markers_and_durations_up_to_999_hours_are_accepted(string duration)
    {
        await using var h = await Harness.Start();
        var reply = await h.Post($"workspaces/{h.Wid}/time_entries", $$"""{"start":"2024-12-16T01:00:00Z","duration":{{duration}}}""");
        Assert.Equal(200, reply.Status);
        Assert.Equal(long.Parse(duration), reply.Json.GetProperty("duration").GetInt64());
    }
}

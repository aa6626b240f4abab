using System.Text;

namespace Toggl.Sandbox.Tests;

/// <summary>
/// A small workspace for the report tests: a client, two projects (one with a rate, the workspace has a default
/// rate), a task, two tags and five entries that differ in every filtered field. Placeholders such as <c>{P1}</c> in a
/// body are replaced with the ids.
/// </summary>
internal sealed class ReportFixture : IAsyncDisposable
{
    private readonly Dictionary<string, long> ids = new();

    private ReportFixture(Harness h) => H = h;

    public Harness H { get; }

    public string Reports => $"/reports/api/v3/workspace/{H.Wid}";

    public long this[string name] => ids[name];

    /// <summary>
    /// e1 Alpha/Design task, billable, red, "Design work", 1 h on 2024-12-02; e2 Alpha, not billable, blue, "meeting",
    /// 30 min on 12-03; e3 Beta, billable, "Coding", 2 h on 12-04; e4 no project, "lunch", 45 min on 12-05; e5 Beta,
    /// red and blue, "design review", 15 min on 12-09. Alpha's client is Acme, its rate 100; the workspace's is 50.
    /// </summary>
    public static async Task<ReportFixture> Start(Func<Microsoft.Extensions.Time.Testing.FakeTimeProvider, SandboxOptions>? options = null)
    {
        var f = new ReportFixture(await Harness.Start(options));
        var h = f.H;
        var sandbox = h.Sandbox;
        var acme = sandbox.AddClient("Acme");
        var alpha = sandbox.AddProject("Alpha", acme.Id, color: "#c9806b");
        var beta = sandbox.AddProject("Beta");
        Assert.Equal(200, (await h.Put($"workspaces/{h.Wid}/projects/{alpha.Id}", """{"rate":100}""")).Status);
        Assert.Equal(200, (await h.Put($"workspaces/{h.Wid}", """{"default_hourly_rate":50}""")).Status);
        var task = await h.Post($"workspaces/{h.Wid}/projects/{alpha.Id}/tasks", """{"name":"Design"}""");
        Assert.Equal(200, task.Status);
        f.ids["C1"] = acme.Id;
        f.ids["P1"] = alpha.Id;
        f.ids["P2"] = beta.Id;
        f.ids["T1"] = task.Json.GetProperty("id").GetInt64();
        f.ids["ME"] = sandbox.UserId;
        DateTimeOffset At(int day, int hour) => new(2024, 12, day, hour, 0, 0, TimeSpan.Zero);
        var e1 = sandbox.AddTimeEntry(At(2, 9), At(2, 10), "Design work", alpha.Id, ["red"], billable: true);
        sandbox.PutTimeEntry(e1 with { TaskId = f.ids["T1"] });
        var e2 = sandbox.AddTimeEntry(At(3, 9), At(3, 9).AddMinutes(30), "meeting", alpha.Id, ["blue"]);
        var e3 = sandbox.AddTimeEntry(At(4, 9), At(4, 11), "Coding", beta.Id, billable: true);
        var e4 = sandbox.AddTimeEntry(At(5, 12), At(5, 12).AddMinutes(45), "lunch");
        var e5 = sandbox.AddTimeEntry(At(9, 9), At(9, 9).AddMinutes(15), "design review", beta.Id, ["red", "blue"]);
        f.ids["E1"] = e1.Id;
        f.ids["E2"] = e2.Id;
        f.ids["E3"] = e3.Id;
        f.ids["E4"] = e4.Id;
        f.ids["E5"] = e5.Id;
        f.ids["RED"] = sandbox.Tags.Single(t => t.Name == "red").Id;
        f.ids["BLUE"] = sandbox.Tags.Single(t => t.Name == "blue").Id;
        return f;
    }

    /// <summary>The body with every <c>{NAME}</c> replaced by its id.</summary>
    public string Body(string json)
    {
        var text = new StringBuilder(json);
        foreach (var (name, id) in ids)
        {
            text.Replace("{" + name + "}", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <summary>The entry names (E1…E5) of the detailed report's rows, in order.</summary>
    public async Task<string> Detailed(string json)
    {
        var reply = await H.Post(Reports + "/search/time_entries", Body(json));
        Assert.True(reply.Status == 200, reply.ToString());
        var byId = ids.Where(kv => kv.Key.StartsWith('E')).ToDictionary(kv => kv.Value, kv => kv.Key);
        return string.Join(",", reply.Json.EnumerateArray().SelectMany(r => r.GetProperty("time_entries").EnumerateArray()).Select(te => byId[te.GetProperty("id").GetInt64()]));
    }

    public ValueTask DisposeAsync() => H.DisposeAsync();

    /// <summary>Posts to a reports path below the workspace and answers the raw bytes with the reply.</summary>
    public async Task<(int Status, byte[] Body, HttpResponseMessage Response)> PostBytes(string path, string json)
    {
        var response = await H.Http.PostAsync(Reports + path, new StringContent(Body(json), Encoding.UTF8, "application/json"));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return ((int)response.StatusCode, bytes, response);
    }
}

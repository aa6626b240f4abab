namespace Toggl.Sandbox.Tests;

/// <summary>
/// Pins every answer of the project, tag and client routes byte for byte — the edges each resource answers its own
/// way included (an id that is not a number, another workspace, a bad body, a delete's answer) — so that the shared
/// CRUD shape (Endpoints/WorkspaceResource.cs) keeps them exactly as Toggl gives them.
/// </summary>
public sealed class WorkspaceResourceTests
{
    private static readonly string[] Resources = ["projects", "tags", "clients"];

    /// <summary>The requests, in order; each line of the transcript is <c>METHOD path → status body</c>.</summary>
    private static async Task<string> Transcript(Harness h)
    {
        var client = h.Sandbox.AddClient("Acme", "notes");
        var project = h.Sandbox.AddProject("Site", client.Id, "#d92b2b", billable: true);
        var tag = h.Sandbox.AddTag("deep");
        await h.Create($$"""{"description":"work","start":"2024-12-16T01:00:00Z","stop":"2024-12-16T02:00:00Z","project_id":{{project.Id}},"tags":["deep"]}""");
        var ids = new Dictionary<string, long> { ["projects"] = project.Id, ["tags"] = tag.Id, ["clients"] = client.Id };
        var lines = new List<string>();

        async Task Step(string method, string path, string? json = null)
        {
            var reply = await h.Send(new HttpMethod(method), path, json);
            lines.Add($"{method} {path} {json} → {reply.Status} {reply.Body}");
        }

        var w = h.Wid;
        foreach (var r in Resources)
        {
            var id = ids[r];
            await Step("GET", $"workspaces/{w}/{r}");
            await Step("GET", $"workspaces/{w}/{r}/{id}");
            await Step("GET", $"workspaces/{w}/{r}/abc");
            await Step("GET", $"workspaces/{w}/{r}/999");
            await Step("GET", $"workspaces/{w + 1}/{r}");
            await Step("GET", $"workspaces/{w + 1}/{r}/{id}");
            await Step("GET", $"workspaces/x/{r}");
            await Step("POST", $"workspaces/{w}/{r}", "{");
            await Step("POST", $"workspaces/{w}/{r}", "[]");
            await Step("POST", $"workspaces/{w}/{r}", """{"name":5}""");
            await Step("POST", $"workspaces/{w}/{r}", """{"name":"  "}""");
            await Step("POST", $"workspaces/{w}/{r}", """{"name":"Second"}""");
            await Step("POST", $"workspaces/{w}/{r}", """{"name":"second"}""");
            await Step("PUT", $"workspaces/{w}/{r}/abc", """{"name":"Third"}""");
            await Step("PUT", $"workspaces/{w}/{r}/abc", "{");
            await Step("PUT", $"workspaces/{w}/{r}/999", """{"name":"Third"}""");
            await Step("PUT", $"workspaces/{w + 1}/{r}/{id}", """{"name":"Third"}""");
            await Step("PUT", $"workspaces/{w}/{r}/{id}", """{"name":"Renamed"}""");
            await Step("PUT", $"workspaces/{w}/{r}/{id}", "{}");
            await Step("GET", $"workspaces/{w}/{r}");
            await Step("DELETE", $"workspaces/{w}/{r}/abc");
            await Step("DELETE", $"workspaces/{w}/{r}/999");
            await Step("DELETE", $"workspaces/{w + 1}/{r}/{id}");
        }

        await Step("GET", $"workspaces/{w}/projects?active=true&name=ren&client_ids={client.Id}&billable=true&per_page=1");
        await Step("GET", $"workspaces/{w}/clients?status=archived");
        await Step("GET", $"workspaces/{w}/clients?status=nope");
        await Step("POST", $"workspaces/{w}/projects", """{"name":"Blue","color":"blue"}""");
        await Step("POST", $"workspaces/{w}/projects", """{"name":"Elsewhere","client_id":999}""");
        await Step("POST", $"workspaces/{w}/projects", """{"name":"Named","client_name":"New Client"}""");
        await Step("POST", $"workspaces/{w}/clients", "{\"name\":\"" + new string('x', 101) + "\"}");
        await Step("POST", $"workspaces/{w}/clients/abc/archive");
        await Step("POST", $"workspaces/{w}/clients/{client.Id}/archive");
        await Step("POST", $"workspaces/{w}/clients/{client.Id}/restore");
        await Step("POST", $"workspaces/{w + 1}/clients/{client.Id}/restore");
        await Step("DELETE", $"workspaces/{w}/tags/{tag.Id}");
        await Step("DELETE", $"workspaces/{w}/clients/{client.Id}");
        await Step("DELETE", $"workspaces/{w}/projects/{project.Id}?teDeletionMode=delete");
        await Step("GET", "me/time_entries");
        foreach (var r in Resources)
        {
            await Step("GET", $"workspaces/{w}/{r}");
        }

        return string.Join("\n", lines);
    }

    [Fact]
    public async Task project_tag_and_client_routes_answer_as_pinned()
    {
        await using var h = await Harness.Start();
        var transcript = await Transcript(h);
        var expected = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "WorkspaceResourceTranscript.txt"));
        Assert.Equal(expected.ReplaceLineEndings("\n").TrimEnd('\n'), transcript);
    }
}

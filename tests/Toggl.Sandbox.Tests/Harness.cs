using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace Toggl.Sandbox.Tests;

/// <summary>An answer read whole: status, body text and headers.</summary>
internal sealed record Reply(int Status, string Body, HttpResponseHeaders Headers, HttpContentHeaders ContentHeaders)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();

    public string? Header(string name) =>
        Headers.TryGetValues(name, out var v) ? string.Join(",", v)
        : ContentHeaders.TryGetValues(name, out var c) ? string.Join(",", c)
        : null;

    public string? ContentType => ContentHeaders.ContentType?.ToString();

    public override string ToString() => $"{Status} {Body}";
}

/// <summary>A sandbox on a fake clock plus a raw HttpClient with the token's Basic auth.</summary>
internal sealed class Harness : IAsyncDisposable
{
    /// <summary>Monday 16 Dec 2024, 02:24:56.5667 UTC (an <c>at</c> recorded in docs/toggl-api.md §1.1): the start_date floor is 2024-09-16.</summary>
    public static readonly DateTimeOffset Epoch = new DateTimeOffset(2024, 12, 16, 2, 24, 56, TimeSpan.Zero).AddTicks(5_667_000);

    private Harness(FakeTimeProvider clock, TogglSandbox sandbox)
    {
        Clock = clock;
        Sandbox = sandbox;
        Http = sandbox.CreateClient();
    }

    public FakeTimeProvider Clock { get; }

    public TogglSandbox Sandbox { get; }

    public HttpClient Http { get; }

    public long Wid => Sandbox.WorkspaceId;

    public static async Task<Harness> Start(Func<FakeTimeProvider, SandboxOptions>? options = null)
    {
        var clock = new FakeTimeProvider(Epoch);
        var sandbox = await TogglSandbox.StartAsync(options?.Invoke(clock) ?? new SandboxOptions { TimeProvider = clock });
        return new Harness(clock, sandbox);
    }

    public Task<Reply> Get(string path) => Send(HttpMethod.Get, path);

    public Task<Reply> Post(string path, string? json = null) => Send(HttpMethod.Post, path, json);

    public Task<Reply> Put(string path, string json) => Send(HttpMethod.Put, path, json);

    public Task<Reply> Patch(string path, string? json = null) => Send(HttpMethod.Patch, path, json);

    public Task<Reply> Delete(string path) => Send(HttpMethod.Delete, path);

    public async Task<Reply> Send(HttpMethod method, string path, string? json = null, AuthenticationHeaderValue? auth = null, bool noAuth = false)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        if (noAuth)
        {
            request.Headers.Authorization = null;
        }
        else if (auth is not null)
        {
            request.Headers.Authorization = auth;
        }

        using var response = noAuth ? await Unauthenticated(request) : await Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new Reply((int)response.StatusCode, body, response.Headers, response.Content.Headers);
    }

    private async Task<HttpResponseMessage> Unauthenticated(HttpRequestMessage request)
    {
        using var bare = new HttpClient { BaseAddress = Sandbox.BaseAddress };
        var response = await bare.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    /// <summary>POST a time entry and return its id.</summary>
    public async Task<long> Create(string json)
    {
        var reply = await Post($"workspaces/{Wid}/time_entries", json);
        Assert.True(reply.Status == 200, reply.ToString());
        return reply.Json.GetProperty("id").GetInt64();
    }

    public static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password)));

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Sandbox.DisposeAsync();
    }
}

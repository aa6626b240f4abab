namespace Toggl.Sandbox.Http;

/// <summary>The bounded log of answered requests (oldest dropped first).</summary>
internal sealed class RequestLog(int capacity)
{
    private readonly Lock gate = new();
    private readonly Queue<SandboxRequest> entries = new();

    public void Add(SandboxRequest request)
    {
        lock (gate)
        {
            if (entries.Count >= capacity)
            {
                entries.Dequeue();
            }

            entries.Enqueue(request);
        }
    }

    public IReadOnlyList<SandboxRequest> Snapshot()
    {
        lock (gate)
        {
            return entries.ToArray();
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            entries.Clear();
        }
    }
}

namespace Insignia.Host.Tests.Sync.Cluster;

/// <summary>What the test jobs saw: how many runs, on which node, and how many at once.</summary>
public sealed class JobProbe
{
    private readonly Lock _gate = new();
    private readonly List<string> _nodes = [];
    private int _running;

    public int MaxConcurrent { get; private set; }

    public IReadOnlyList<string> Nodes
    {
        get
        {
            lock (_gate)
            {
                return [.. _nodes];
            }
        }
    }

    public IDisposable Enter(string node)
    {
        lock (_gate)
        {
            _nodes.Add(node);
            _running++;
            MaxConcurrent = Math.Max(MaxConcurrent, _running);
        }

        return new Exit(this);
    }

    private sealed class Exit(JobProbe probe) : IDisposable
    {
        public void Dispose()
        {
            lock (probe._gate)
            {
                probe._running--;
            }
        }
    }
}

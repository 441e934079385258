namespace Atalaya.Cli.Running;

/// <summary>
/// Problems reported on standard error as "atalaya: SOURCE: REASON", one per line, so they can be
/// grepped. While a progress bar is drawn they are held back and printed after it.
/// </summary>
internal sealed class ErrorLog
{
    private readonly TextWriter writer;
    private readonly List<string> held = [];
    private readonly Lock gate = new();
    private bool holding;

    public ErrorLog(TextWriter writer) => this.writer = writer;

    public int Count { get; private set; }

    public void Report(string source, string reason) => Write($"atalaya: {source}: {reason}");

    public void Warn(string message) => Write($"atalaya: {message}");

    public void Hold()
    {
        lock (gate)
        {
            holding = true;
        }
    }

    public void Release()
    {
        lock (gate)
        {
            holding = false;
            foreach (var line in held)
            {
                writer.WriteLine(line);
            }

            held.Clear();
        }
    }

    private void Write(string line)
    {
        lock (gate)
        {
            Count++;
            if (holding)
            {
                held.Add(line);
            }
            else
            {
                writer.WriteLine(line);
            }
        }
    }
}

namespace Atalaya.Cli.Running;

/// <summary>
/// Problems reported on standard error as "atalaya: SOURCE: REASON", one per line, so they can be
/// grepped. Names and reasons come from the input (file names, record ids) and are written with their
/// control characters escaped (<see cref="SafeText.Visible"/>). While a progress bar is drawn they are
/// held back and printed after it.
/// </summary>
internal sealed class ErrorLog
{
    private readonly TextWriter writer;
    private readonly List<string> held = [];
    private readonly Lock gate = new();
    private bool holding;

    public ErrorLog(TextWriter writer) => this.writer = writer;

    public int Count { get; private set; }

    public void Report(string source, string reason) => Write($"atalaya: {SafeText.Visible(source)}: {SafeText.Visible(reason)}");

    public void Warn(string message) => Write($"atalaya: {SafeText.Visible(message)}");

    /// <summary>An information line, already made safe (a summary, a skipped file): held like the others, not counted as a problem.</summary>
    public void Note(string line) => Write(line, counted: false);

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

    private void Write(string line, bool counted = true)
    {
        lock (gate)
        {
            Count += counted ? 1 : 0;
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

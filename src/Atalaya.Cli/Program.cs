using System.CommandLine;
using Atalaya.Cli.Commands;

namespace Atalaya.Cli;

internal static class Program
{
    public static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        var root = new RootCommand("Atalaya: news articles about organized crime and political violence, in many languages, turned into a source-linked database of actors, places and events.")
        {
            ExtractCommand.Create(),
            IngestCommand.Create(),
            ExportCommand.Create(),
            DemoCommand.Create(),
            BenchCommand.Create(),
        };

        try
        {
            return root.Parse(args).Invoke();
        }
        catch (DirectoryNotFoundException error)
        {
            // A missing data or sample folder is an installation problem, not a crash.
            Console.Error.WriteLine($"atalaya: {error.Message}");
            return Running.ExitCodes.NothingRead;
        }
    }
}

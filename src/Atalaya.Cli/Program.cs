using System.CommandLine;
using Atalaya.Cli.Commands;
using Atalaya.Cli.Running;
using Atalaya.Storage;

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
            LangIdCommand.Create(),
            StoriesCommand.Create(),
            EntityCommand.Create(),
            ConflictsCommand.Create(),
            StatusCommand.Create(),
            SubmitCommand.Create(),
            WorkerCommand.Create(),
            ServeCommand.Create(),
            SourcesCommand.Create(),
            WatchCommand.Create(),
            AlertsCommand.Create(),
        };

        try
        {
            return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or StoreException or InvalidDataException)
        {
            // Environment problems (missing data folder, unwritable output, unusable database) get one clear line, not a stack trace.
            Console.Error.WriteLine($"atalaya: {SafeText.Visible(error.Message)}");
            return ExitCodes.NothingRead;
        }
    }
}

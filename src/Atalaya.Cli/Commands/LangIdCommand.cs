using System.CommandLine;
using System.Globalization;
using Atalaya.Cli.Running;
using Atalaya.Core.Resources;

namespace Atalaya.Cli.Commands;

/// <summary>atalaya langid: one "code TAB confidence" line for every line read from standard input.</summary>
internal static class LangIdCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var top = new Option<int>("--top") { Description = "Also print the next N candidates with their probabilities", DefaultValueFactory = _ => 0, HelpName = "N" };
        var command = new Command("langid", "Identify the language of each line of standard input: prints code<TAB>confidence per line") { data, top };
        command.SetAction(parse =>
        {
            var resources = AtalayaResources.Load(parse.GetValue(data));
            if (resources.LanguageIdentifier is not { } identifier)
            {
                Console.Error.WriteLine($"atalaya: {resources.DataDirectory}: no language model ({AtalayaResources.LanguageModelPath})");
                return ExitCodes.NothingRead;
            }

            var candidates = parse.GetValue(top);
            using var output = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false, NewLine = "\n" };
            // UTF-8 whatever the locale says: the input is text in any script.
            using var input = new StreamReader(Console.OpenStandardInput(), new System.Text.UTF8Encoding(false));
            while (input.ReadLine() is { } line)
            {
                var guess = identifier.Identify(line);
                output.Write(guess.Code);
                output.Write('\t');
                output.Write(guess.Confidence.ToString("0.0000", CultureInfo.InvariantCulture));
                if (candidates > 0 && guess.Code != "und")
                {
                    foreach (var other in identifier.Rank(line).Skip(1).Take(candidates))
                    {
                        output.Write(string.Create(CultureInfo.InvariantCulture, $"\t{other.Code}:{other.Confidence:0.0000}"));
                    }
                }

                output.WriteLine();
            }

            output.Flush();
            return ExitCodes.Success;
        });
        return command;
    }
}

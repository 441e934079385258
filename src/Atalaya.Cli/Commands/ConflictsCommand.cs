using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Atalaya.Cli.Running;
using Atalaya.Core.Contract;
using Atalaya.Storage.Workbench;

namespace Atalaya.Cli.Commands;

/// <summary>atalaya conflicts [--db FILE]: the corpus conflicts (sources disagreeing about a figure), with their sources.</summary>
internal static class ConflictsCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var command = new Command("conflicts", "List where the stored documents disagree (a figure, a date) and which sources say what") { database };
        command.SetAction(parse => StoredCorpus.Show(CommonOptions.DatabaseLocation(parse, database), queries =>
        {
            Print(Console.Out, queries);
            return true;
        }));
        return command;
    }

    /// <summary>The conflicts and claims of /api/conflicts and /api/claims, all pages.</summary>
    public static void Print(TextWriter output, IWorkbenchQueries queries)
    {
        var conflicts = StoredCorpus.All(paging => queries.Conflicts(null, paging));
        var claims = StoredCorpus.All(paging => queries.Claims(null, null, paging));
        if (conflicts.Count == 0)
        {
            output.WriteLine($"no conflicts: no two sources disagree ({StoredCorpus.DocumentCount(queries)} documents, {claims.Count} claims)");
            return;
        }

        var names = queries.EntityNames(conflicts.Select(c => c.Subject));
        foreach (var conflict in conflicts)
        {
            var subject = names.TryGetValue(conflict.Subject, out var name) ? $"{SafeText.Of(name.Name, 60)} ({conflict.Subject})" : SafeText.Of(conflict.Subject, 60);
            output.WriteLine($"{subject}  {SafeText.Of(conflict.Attribute, 40)}");
            Field(output, "values", string.Join(" | ", conflict.Values.Select(v => v.ToString("0.##", CultureInfo.InvariantCulture))));

            // Whatever else a conflict holds (a kind, dates ...) is printed as it is, so new fields show without a change here.
            var element = JsonSerializer.SerializeToElement(conflict, ContractJsonContext.Default.ContractConflict);
            foreach (var property in element.EnumerateObject().Where(p => p.Name is not ("subject" or "attribute" or "values" or "claims") && p.Value.ValueKind != JsonValueKind.Null))
            {
                Field(output, property.Name, SafeText.Of(property.Value.ToString(), 100));
            }

            // A conflict names its claims by their place in the corpus's list of claims (the order consolidation wrote them).
            output.WriteLine("  sources");
            foreach (var index in conflict.Claims)
            {
                if (index < 0 || index >= claims.Count)
                {
                    continue;
                }

                var claim = claims[index];
                var value = claim.Value.ToString("0.##", CultureInfo.InvariantCulture);
                output.WriteLine($"    {value,-14} {SafeText.Of(claim.Document, 40),-24} {claim.AsOf ?? "-",-10} \"{SafeText.Of(claim.Text, 80)}\"");
            }

            output.WriteLine();
        }

        output.WriteLine($"{conflicts.Count} conflicts");
    }

    private static void Field(TextWriter output, string label, string value) => output.WriteLine($"  {label,-8} {value}");
}

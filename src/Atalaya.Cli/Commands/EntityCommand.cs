using System.CommandLine;
using System.Globalization;
using Atalaya.Cli.Running;
using Atalaya.Core.Contract;
using Atalaya.Core.Corpus.Lookup;

namespace Atalaya.Cli.Commands;

/// <summary>atalaya entity NAME [--db FILE]: what the database knows of an entity: type, KB id, aliases, documents, events, claims.</summary>
internal static class EntityCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var name = new Argument<string>("NAME") { Description = "A name or alias (case and accents ignored)" };
        var command = new Command("entity", "Show an entity of the stored documents: type, knowledge-base id, aliases, documents, events, claims") { name, database };
        command.SetAction(parse =>
        {
            var found = false;
            var code = StoredCorpus.Show(parse.GetValue(database)!, corpus => found = Print(Console.Out, corpus, parse.GetValue(name)!));
            return code == ExitCodes.Success && !found ? ExitCodes.NothingRead : code;
        });
        return command;
    }

    /// <summary>Prints every entity the name finds; false (and a line saying so) when none.</summary>
    public static bool Print(TextWriter output, ContractCorpus corpus, string name)
    {
        var entities = EntityLookup.Find(corpus, name);
        if (entities.Count == 0)
        {
            output.WriteLine($"no entity named \"{SafeText.Of(name, 60)}\" ({corpus.Entities.Count} entities in {corpus.Documents.Count} documents)");
            return false;
        }

        foreach (var entity in entities)
        {
            PrintOne(output, corpus, entity);
        }

        return true;
    }

    private static void PrintOne(TextWriter output, ContractCorpus corpus, ContractEntity entity)
    {
        output.WriteLine($"{entity.Id}  {SafeText.Of(entity.Name, 80)}");
        Field(output, "type", entity.Kind is null ? entity.Type : $"{entity.Type} ({SafeText.Of(entity.Kind, 30)})");
        Field(output, "kb", string.Join("  ", new[] { entity.KbId, entity.Kb }.Where(k => k is not null).Select(k => SafeText.Of(k, 40))) is { Length: > 0 } kb ? kb : "-");
        if (entity.Geo is { } geo)
        {
            Field(output, "place", string.Create(CultureInfo.InvariantCulture, $"{SafeText.Of(string.Join(", ", new[] { geo.Place, geo.Admin1, geo.Country }.Where(p => !string.IsNullOrEmpty(p))), 80)}  ({geo.Lat:0.####}, {geo.Lon:0.####})"));
        }

        Field(output, "aliases", entity.Aliases.Count == 0 ? "-" : string.Join("; ", entity.Aliases.Select(a => SafeText.Of(a, 40))));

        var mentioning = corpus.Documents.Select(d => (Document: d, Mentions: d.Entities.Where(m => m.Entity == entity.Id).Sum(m => m.Mentions.Count))).Where(x => x.Mentions > 0).ToList();
        Field(output, "documents", mentioning.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var (document, mentions) in mentioning)
        {
            output.WriteLine($"             {SafeText.Of(document.Id, 40),-24} {document.Language,-3} {document.Published ?? "-",-10} {mentions,3} mention{(mentions == 1 ? " " : "s")}  {SafeText.Of(document.Title ?? "(no title)", 60)}");
        }

        var acting = corpus.Events.Where(e => e.Actors.Any(a => a.Entity == entity.Id)).ToList();
        Field(output, "events", acting.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var reported in acting)
        {
            var roles = string.Join(",", reported.Actors.Where(a => a.Entity == entity.Id).Select(a => a.Role).Distinct());
            var place = reported.Location is { } l ? string.Join(", ", new[] { l.Place, l.Admin1 }.Where(p => !string.IsNullOrEmpty(p))) : "-";
            output.WriteLine($"             {reported.Id,-6} {reported.Date ?? "-",-10} {SafeText.Of($"{reported.Type} / {reported.Subtype}", 50),-50} {SafeText.Of(place, 40)}  as {roles}  ({reported.Sources.Select(s => s.Document).Distinct().Count()} documents)");
        }

        var claims = corpus.Claims.Where(c => c.Subject == entity.Id).ToList();
        if (claims.Count > 0)
        {
            Field(output, "claims", claims.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var claim in claims)
            {
                var value = string.Create(CultureInfo.InvariantCulture, $"{claim.Value:0.##}{(claim.Unit is null ? "" : " " + claim.Unit)}");
                output.WriteLine($"             {SafeText.Of(claim.Attribute, 30),-20} {SafeText.Of(value, 30),-16} {SafeText.Of(claim.Document, 40)}  \"{SafeText.Of(claim.Text, 70)}\"");
            }
        }

        output.WriteLine();
    }

    private static void Field(TextWriter output, string label, string value) => output.WriteLine($"  {label,-10} {value}");
}

using System.CommandLine;
using System.Globalization;
using Atalaya.Cli.Running;
using Atalaya.Core.Contract;
using Atalaya.Storage;
using Atalaya.Storage.Workbench;

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
            var path = CommonOptions.DatabaseLocation(parse, database);
            return StoredCorpus.Show(path, queries => Print(Console.Out, queries, path, parse.GetValue(name)!));
        });
        return command;
    }

    /// <summary>
    /// Prints the entities the workbench's name search finds (/api/entities?q=NAME: case and accents
    /// ignored); those whose name or an alias is the name itself, when there are any, in full and the
    /// others by name. False (and a line saying so) when none.
    /// </summary>
    public static bool Print(TextWriter output, IWorkbenchQueries queries, string path, string name)
    {
        var found = name.Trim().Length == 0 ? [] : StoredCorpus.All(paging => queries.Entities(name, null, paging));
        if (found.Count == 0)
        {
            var entities = queries.Entities(null, null, new Paging(1, 1)).Total;
            output.WriteLine($"no entity named \"{SafeText.Of(name, 60)}\" ({entities} entities in {StoredCorpus.DocumentCount(queries)} documents)");
            return false;
        }

        var folded = NameFolding.Fold(name.Trim());
        var exact = found.Where(e => e.Aliases.Prepend(e.Name).Any(n => NameFolding.Fold(n) == folded)).ToList();
        var detailed = exact.Count > 0 ? exact : found;

        // What each entity is mentioned in and acts in is read from the consolidated corpus.
        ContractCorpus corpus;
        using (var store = DocumentStores.Open(path))
        {
            corpus = store.Corpus(includeText: false);
        }

        var byId = corpus.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var entity in detailed.Select(e => byId.GetValueOrDefault(e.Id)).OfType<ContractEntity>())
        {
            PrintOne(output, corpus, entity);
        }

        var others = found.Where(e => !detailed.Contains(e)).ToList();
        if (others.Count > 0)
        {
            output.WriteLine($"also containing \"{SafeText.Of(name, 60)}\": {string.Join("; ", others.Select(e => $"{e.Id} {SafeText.Of(e.Name, 60)}"))}");
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

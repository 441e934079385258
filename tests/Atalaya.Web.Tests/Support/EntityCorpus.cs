using System.Text.Json;
using Atalaya.Core.Contract;
using Atalaya.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;

namespace Atalaya.Web.Tests;

/// <summary>
/// A tiny invented corpus written straight into the corpus tables, so every figure of the entity page is known
/// in advance: one armed group (<see cref="Group"/>) acting in five events spread over two states, two years,
/// two event types and two languages, plus an event it has no part in. The pipeline is not involved: these
/// tests are about what the entity endpoint counts, not about what the pipeline finds.
/// </summary>
public sealed class EntityCorpus : IDisposable
{
    public const string Group = "E1";
    public const string Rivals = "E2";
    public const string Police = "E3";
    public const string North = "Altiplano Norte";
    public const string South = "Costa Sur";
    public const string Battles = "Battles";
    public const string Violence = "Violence against civilians";

    private readonly TempFolder folder = new();
    private readonly WebApplication app;

    public EntityCorpus()
    {
        var path = folder.File("entities.db");
        // The store creates an empty Atalaya database; with no documents it has nothing to consolidate.
        using (SqliteDocumentStore.Open(path))
        {
        }

        using (var connection = new SqliteConnection($"Data Source={path};Pooling=false"))
        {
            connection.Open();
            Write(connection);
        }

        app = WorkbenchServer.Build(new WorkbenchOptions { DatabasePath = path }, builder => builder.WebHost.UseTestServer());
        app.StartAsync().GetAwaiter().GetResult();
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public void Dispose()
    {
        app.StopAsync().GetAwaiter().GetResult();
        ((IDisposable)app).Dispose();
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    private static void Write(SqliteConnection connection)
    {
        Entity(connection, Group, 1, "ORG", "Hermandad del Cerro Gris", ["Los Grises"]);
        Entity(connection, Rivals, 2, "ORG", "Frente Laguna Seca", []);
        Entity(connection, Police, 3, "ORG", "Policía de Valle Quieto", []);

        // id, date, type, state, actors, languages of its sources
        Event(connection, "V1", 1, "2024-02-10", Battles, North, [Group, Rivals], ["es"]);
        Event(connection, "V2", 2, "2024-05-03", Violence, North, [Group, Police], ["es"]);
        Event(connection, "V3", 3, "2025-01-20", Battles, South, [Group, Rivals], ["en"]);
        Event(connection, "V4", 4, "2025-03-02", Battles, South, [Group, Rivals, Police], ["en", "es"]);
        Event(connection, "V5", 5, null, Violence, South, [Group], ["es"]);
        Event(connection, "V6", 6, "2024-07-01", Battles, North, [Rivals, Police], ["es"]);

        var claim = new ContractClaim
        {
            Subject = Group, Attribute = "members_arrested_total", Value = 14, Document = "d-es-1", Start = 0, End = 10,
            Text = "14 detenidos", AsOf = "2024-06",
        };
        Run(
            connection,
            "INSERT INTO corpus_claims(seq, subject, attribute, value, document_id, json) VALUES (1, $subject, $attribute, $value, $document, $json)",
            ("$subject", claim.Subject), ("$attribute", claim.Attribute), ("$value", claim.Value), ("$document", claim.Document),
            ("$json", JsonSerializer.Serialize(claim, ContractJsonContext.Default.ContractClaim)));
    }

    private static void Entity(SqliteConnection connection, string id, int seq, string type, string name, List<string> aliases)
    {
        var entity = new ContractEntity { Id = id, Type = type, Name = name, Aliases = [name, .. aliases] };
        Run(
            connection,
            "INSERT INTO corpus_entities(id, seq, type, name, json) VALUES ($id, $seq, $type, $name, $json)",
            ("$id", id), ("$seq", seq), ("$type", type), ("$name", name),
            ("$json", JsonSerializer.Serialize(entity, ContractJsonContext.Default.ContractEntity)));
    }

    private static void Event(SqliteConnection connection, string id, int seq, string? date, string type, string state, string[] actors, string[] languages)
    {
        var reported = new ContractEvent
        {
            Id = id,
            Type = type,
            Subtype = type == Battles ? "Armed clash" : "Attack",
            Date = date,
            DatePrecision = date is null ? null : "day",
            Location = new ContractLocation { Admin1 = state, Country = "Mexico" },
            Actors = [.. actors.Select((a, i) => new ContractActor { Entity = a, Role = i == 0 ? "actor1" : "actor2" })],
            Sources = [.. languages.Select(l => new ContractSource { Document = $"{id}-{l}", Text = "invented" })],
        };
        Run(
            connection,
            "INSERT INTO corpus_events(id, seq, type, subtype, date, admin1, json) VALUES ($id, $seq, $type, $subtype, $date, $state, $json)",
            ("$id", id), ("$seq", seq), ("$type", type), ("$subtype", reported.Subtype), ("$date", date), ("$state", state),
            ("$json", JsonSerializer.Serialize(reported, ContractJsonContext.Default.ContractEvent)));
        foreach (var actor in reported.Actors)
        {
            Run(connection, "INSERT INTO corpus_event_actors(event_id, entity_id, role) VALUES ($event, $entity, $role)", ("$event", id), ("$entity", actor.Entity), ("$role", actor.Role));
        }

        foreach (var language in languages)
        {
            Run(connection, "INSERT INTO corpus_event_documents(event_id, document_id, language) VALUES ($event, $document, $language)", ("$event", id), ("$document", $"{id}-{language}"), ("$language", language));
        }
    }

    private static void Run(SqliteConnection connection, string sql, params (string Name, object? Value)[] values)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        command.ExecuteNonQuery();
    }
}

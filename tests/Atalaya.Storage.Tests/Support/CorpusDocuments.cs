using Atalaya.Core.Contract;

namespace Atalaya.Storage.Tests.Support;

/// <summary>
/// Analyzed documents built by hand, as the pipeline would give them, with entities, events and
/// claims to consolidate: invented reports in several languages.
/// </summary>
internal static class CorpusDocuments
{
    /// <summary>Seed reports: an ambush (es), a lab seizure (en), a kidnapping (pt), each with a town, a person, a group and an event.</summary>
    public static List<ContractDocument> Seeds() =>
    [
        Report("semilla-es", "es", "2025-03-04", "Tlalchapa", "Guerrero", 9101, "Ismael Quiroga Tena", "Cártel del Río Seco", "Violence against civilians", "Attack", 7,
            "Un comando del Cártel del Río Seco atacó a balazos a un grupo de jornaleros en Tlalchapa, Guerrero, y mató a siete de ellos. "
            + "Entre las víctimas está Ismael Quiroga Tena, dijeron vecinos de la comunidad. La fiscalía estatal halló 133 casquillos en el camino y "
            + "abrió una investigación por homicidio. Ismael Quiroga Tena era conocido en la región por su trabajo en las huertas de limón del valle."),
        Report("seed-en", "en", "2025-05-19", "Zirándaro", "Guerrero", 9102, "Octavio Lumbreras Paz", "Los Halcones del Sur", "Strategic developments", "Arrests", null,
            "Soldiers arrested Octavio Lumbreras Paz, a leader of Los Halcones del Sur, at a ranch near Zirándaro in the state of Guerrero on Monday. "
            + "The army said it seized 46 rifles and a ton of chemicals at the ranch. Octavio Lumbreras Paz had been wanted since a shootout with police "
            + "in the same municipality last year, the defense ministry said in a statement released in the evening."),
        Report("semente-pt", "pt", "2025-07-02", "Cutzamala", "Guerrero", 9103, "Rufina Estrada Olmos", "Cártel del Río Seco", "Violence against civilians", "Abduction/forced disappearance", 2,
            "Homens armados do Cártel del Río Seco sequestraram a comerciante Rufina Estrada Olmos em Cutzamala, no estado mexicano de Guerrero. "
            + "Dois funcionários da loja foram mortos durante o ataque, segundo a procuradoria. A família de Rufina Estrada Olmos pediu ajuda às "
            + "autoridades federais e disse que os criminosos exigiram 388 mil pesos de resgate pela libertação da comerciante."),
    ];

    /// <summary>Documents with claims about one group: a reward that rises (an update) and two founding years (a conflict).</summary>
    public static List<ContractDocument> Claims(string prefix, params (string Attribute, double Value, string? AsOf)[] claims)
    {
        var documents = new List<ContractDocument>();
        for (var i = 0; i < claims.Length; i++)
        {
            var (attribute, value, asOf) = claims[i];
            var text = $"Nota {prefix} {i}: el gobierno ofrece una recompensa y cuenta la historia del Cártel del Río Seco, con cifras que cambian según la fuente consultada, número {i}.";
            var document = Documents.Create($"{prefix}-{i}", text, "es");
            document.Entities = [Entity("L1", "ORG", "Cártel del Río Seco", text, kbId: "rio-seco", kind: "criminal_group")];
            document.DocumentClaims =
            [
                new ContractClaim { Subject = "L1", Attribute = attribute, Value = value, Document = document.Id, Start = 0, End = 10, Text = text[..10], AsOf = asOf },
            ];
            documents.Add(document);
        }

        return documents;
    }

    /// <summary>
    /// Two reports that share only a group (es: the town and the mayor; sv: the commander and the
    /// toll), and a third (fr) that names all of these: it unites their two stories.
    /// </summary>
    public static List<ContractDocument> Bridged()
    {
        ContractDocument Article(string id, string language, string body, params (string Type, string Name, long Geonames)[] names)
        {
            var text = $"{body}\n";
            var document = Documents.Create(id, text, language);
            document.Published = "2026-01-15";
            document.Title = body[..body.IndexOf('.', StringComparison.Ordinal)];
            document.Boilerplate = [];
            document.Entities =
            [
                .. names.Select((n, i) => Entity($"L{i + 1}", n.Type, n.Name, text,
                    geo: n.Geonames == 0 ? null : new ContractGeo { Place = n.Name, Admin1 = "Guerrero", Country = "Mexico", Lat = 18.1, Lon = -100.2, Geonames = n.Geonames },
                    kbId: n.Type == "ORG" ? "tordos-balsas" : null)),
            ];
            return document;
        }

        return
        [
            Article("puente-es", "es", "Atacan al alcalde Baltasar Ocampo Reyes en Tlacotepec. Los Tordos del Balsas atacó a Baltasar Ocampo Reyes en Tlacotepec.",
                ("LOC", "Tlacotepec", 9201), ("PER", "Baltasar Ocampo Reyes", 0), ("ORG", "Los Tordos del Balsas", 0)),
            Article("bro-sv", "sv", "Befälhavaren Leonor Yáñez Prieto talar om 317 döda. Los Tordos del Balsas pekas ut; Leonor Yáñez Prieto bekräftar 317 döda.",
                ("PER", "Leonor Yáñez Prieto", 0), ("ORG", "Los Tordos del Balsas", 0)),
            Article("pont-fr", "fr", "À Tlacotepec, le maire Baltasar Ocampo Reyes visé, la commandante Leonor Yáñez Prieto parle de 317 morts. Los Tordos del Balsas, Tlacotepec, Baltasar Ocampo Reyes, Leonor Yáñez Prieto.",
                ("LOC", "Tlacotepec", 9201), ("PER", "Baltasar Ocampo Reyes", 0), ("PER", "Leonor Yáñez Prieto", 0), ("ORG", "Los Tordos del Balsas", 0)),
        ];
    }

    /// <summary>
    /// One incident told in three languages, its prosecutor named with one surname, with both, and by
    /// his first surname alone; another prosecutor whose last surname differs never joins him.
    /// </summary>
    public static List<ContractDocument> PartlyNamed()
    {
        ContractDocument Article(string id, string language, string body, string person)
        {
            var text = $"{body}\n";
            var document = Documents.Create(id, text, language);
            document.Published = "2026-02-10";
            document.Title = body[..body.IndexOf('.', StringComparison.Ordinal)];
            document.Boilerplate = [];
            document.Entities =
            [
                Entity("L1", "LOC", "Tlacotepec", text, geo: new ContractGeo { Place = "Tlacotepec", Admin1 = "Guerrero", Country = "Mexico", Lat = 18.1, Lon = -100.2, Geonames = 9201 }),
                Entity("L2", "ORG", "Los Tordos del Balsas", text, kbId: "tordos-balsas"),
                Entity("L3", "PER", person, text),
            ];
            return document;
        }

        return
        [
            Article("fiscal-es", "es", "Emboscada en Tlacotepec con 41 muertos. El fiscal Ramiro Esteban Villaseñor culpa a Los Tordos del Balsas en Tlacotepec.", "Ramiro Esteban Villaseñor"),
            Article("fiscal-pt", "pt", "Emboscada em Tlacotepec deixa 41 mortos. Villaseñor acusa Los Tordos del Balsas pelo ataque em Tlacotepec.", "Villaseñor"),
            Article("fiscal-en", "en", "Ambush in Tlacotepec leaves 41 dead. Prosecutor Ramiro Esteban Villaseñor Cota blamed Los Tordos del Balsas in Tlacotepec.", "Ramiro Esteban Villaseñor Cota"),
            Article("otro-it", "it", "Rapina a Tlacotepec senza vittime. Il giudice Ramiro Esteban Villaseñor Ortiz parla di Los Tordos del Balsas a Tlacotepec.", "Ramiro Esteban Villaseñor Ortiz"),
        ];
    }

    private static ContractDocument Report(
        string id, string language, string published, string town, string state, long geonames, string person, string group, string type, string subtype, int? killed, string body)
    {
        var text = $"{published}\n{town}: {type}\n\n{body}\n";
        var document = Documents.Create(id, text, language);
        document.Published = published;
        document.Title = $"{town}: {type}";
        document.Boilerplate = [new ContractSpan { Start = 0, End = published.Length, Text = published }];
        var place = new ContractGeo { Place = town, Admin1 = state, Country = "Mexico", Lat = 18.3, Lon = -100.6, Geonames = geonames };
        document.Entities =
        [
            Entity("L1", "LOC", town, text, geo: place),
            Entity("L2", "PER", person, text),
            Entity("L3", "ORG", group, text, kbId: group.ToLowerInvariant().Replace(' ', '-'), kind: "criminal_group"),
            Entity("L4", "LOC", state, text, geo: new ContractGeo { Place = state, Admin1 = state, Country = "Mexico", Lat = 17.6, Lon = -99.9, Geonames = geonames + 1000 }),
        ];
        var sentence = body[..body.IndexOf('.', StringComparison.Ordinal)];
        var start = text.IndexOf(sentence, StringComparison.Ordinal);
        document.DocumentEvents =
        [
            new ContractEvent
            {
                Id = "V1",
                Type = type,
                Subtype = subtype,
                Date = published,
                DatePrecision = "day",
                Location = new ContractLocation { Place = town, Admin1 = state, Country = "Mexico", Lat = 18.3, Lon = -100.6, Geonames = geonames },
                Actors = [new ContractActor { Entity = "L3", Role = "actor1", Category = "criminal_group" }],
                Fatalities = killed,
                Sources = [new ContractSource { Document = id, Start = start, End = start + sentence.Length, Text = sentence }],
            },
        ];
        return document;
    }

    private static ContractEntityMentions Entity(string local, string type, string name, string text, ContractGeo? geo = null, string? kbId = null, string? kind = null)
    {
        var mentions = new List<ContractSpan>();
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            mentions.Add(new ContractSpan { Start = at, End = at + name.Length, Text = name });
        }

        return new ContractEntityMentions { Entity = local, Type = type, Name = name, Geo = geo, KbId = kbId, Kind = kind, Mentions = mentions };
    }
}

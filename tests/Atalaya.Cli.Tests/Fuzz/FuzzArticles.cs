using System.Globalization;

namespace Atalaya.Cli.Tests.Fuzz;

/// <summary>
/// Good articles for the fuzz runs, invented from templates in six languages: each one different (a file number
/// in its text) so that none is a duplicate of another, and each long enough to be read as an article.
/// </summary>
public static class FuzzArticles
{
    private static readonly string[] Towns = ["San Telmo", "Puente Alto del Río", "Villa Serena", "Santa Irene", "Los Olivares", "Ribeira Nova"];
    private static readonly string[] People = ["Ramiro Ocampo", "Luisa Bernal", "Teodoro Villalba", "Marta Quiroga", "Iker Salcedo", "Nadia Fuentes"];

    private static readonly string[][] Templates =
    [
        ["es", "Detienen a dos hombres en {0} tras el robo de un camión de carga (expediente {2}). La fiscalía informó que {1} coordinó el operativo durante la madrugada del martes y que no hubo heridos."],
        ["en", "Police in {0} arrested two men after a cargo truck was stolen (case {2}). Prosecutor {1} said the operation took place early on Tuesday and that nobody was injured."],
        ["fr", "La police de {0} a arrêté deux hommes après le vol d'un camion de marchandises (dossier {2}). Le procureur {1} a indiqué que l'opération a eu lieu mardi matin, sans blessés."],
        ["pt", "A polícia de {0} prendeu dois homens depois do roubo de um caminhão de carga (processo {2}). O promotor {1} disse que a operação ocorreu na madrugada de terça-feira e que ninguém ficou ferido."],
        ["de", "Die Polizei in {0} hat zwei Männer nach dem Diebstahl eines Lastwagens festgenommen (Akte {2}). Staatsanwalt {1} sagte, der Einsatz habe am frühen Dienstag stattgefunden, verletzt wurde niemand."],
        ["it", "La polizia di {0} ha arrestato due uomini dopo il furto di un camion (fascicolo {2}). Il procuratore {1} ha detto che l'operazione si è svolta martedì all'alba e che non ci sono feriti."],
    ];

    /// <summary>The text of good article number <paramref name="serial"/> (a different file number in each).</summary>
    public static string Text(Random random, int serial)
    {
        var template = Templates[random.Next(Templates.Length)][1];
        var town = Towns[random.Next(Towns.Length)];
        var person = People[random.Next(People.Length)];
        return string.Format(CultureInfo.InvariantCulture, template, town, person, "FZ-" + serial.ToString("D6", CultureInfo.InvariantCulture));
    }

    /// <summary>Hands out good articles with consecutive file numbers from <paramref name="first"/>.</summary>
    public sealed class Maker(Random random, int first)
    {
        public int Serial { get; private set; } = first;

        public string Next() => Text(random, Serial++);
    }
}

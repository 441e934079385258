using System.Globalization;

namespace Atalaya.Cli.Tests;

/// <summary>Generated small fictional news articles, each with distinct content, in several languages.</summary>
public static class Articles
{
    private static readonly string[] Templates =
    [
        "Robo número {0} en San Telmo de las Vigas\n\nLa policía estatal informó que el asalto número {0} ocurrió la noche del martes en la carretera federal. Dos personas fueron detenidas.\n\n\"Seguimos investigando\", dijo un portavoz.\n",
        "Incident {0}: warehouse fire in Puerto Celeste\n\nFirefighters spent six hours on blaze number {0} at the northern docks. Police said the fire may have been set deliberately.\n\n\"We are looking for two witnesses,\" a spokesman said.\n",
        "Assalto {0} a posto de gasolina em Vila Serena\n\nA Polícia Civil prendeu três suspeitos do assalto número {0}, ocorrido na madrugada de sábado. Um frentista ficou ferido.\n",
        "Overval {0} op juwelier in Oosterveld\n\nDrie mannen hebben dinsdag juwelier nummer {0} overvallen. De politie zoekt getuigen.\n",
        "Brann {0} i lagerhall på Nordvik\n\nPolitiet etterforsker brann nummer {0} som mulig brannstiftelse. Ingen ble skadet.\n",
        "Schüsse {0} vor Gaststätte in Bergheim\n\nBei Vorfall Nummer {0} wurden zwei Männer verletzt. Ein Tatverdächtiger wurde festgenommen.\n",
        "Enlèvement {0} à Valbrune\n\nLa gendarmerie a libéré jeudi l'otage de l'affaire numéro {0}. Deux suspects ont été interpellés.\n",
    ];

    public static string Text(int number, string prefix = "") =>
        string.Format(CultureInfo.InvariantCulture, Templates[number % Templates.Length], prefix + number.ToString(CultureInfo.InvariantCulture));

    /// <summary>Writes <paramref name="count"/> files named PREFIX-00000.txt… into the folder.</summary>
    public static string WriteMany(string folder, int count, string prefix, int repeatBody = 1)
    {
        Directory.CreateDirectory(folder);
        Parallel.For(0, count, i =>
        {
            var text = Text(i, prefix + "-");
            if (repeatBody > 1)
            {
                text += string.Concat(Enumerable.Repeat("\n" + text, repeatBody - 1));
            }

            File.WriteAllText(Path.Combine(folder, $"{prefix}-{i:D5}.txt"), text);
        });
        return folder;
    }
}

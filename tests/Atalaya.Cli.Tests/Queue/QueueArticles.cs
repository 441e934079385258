using System.Globalization;

namespace Atalaya.Cli.Tests.Queue;

/// <summary>
/// Invented articles for the work queue tests, as many as a test asks for: incidents in invented
/// towns, each told in Spanish and most also in English (stories across languages), some repeated
/// word for word under another file name (the same content, queued once).
/// </summary>
internal static class QueueArticles
{
    private static readonly string[] Towns = ["Villa Ocotal", "San Lázaro del Monte", "Puerto Nerea", "Santa Fe de las Lomas", "El Mezquital Alto", "Ojo de Agua Chico"];

    private static readonly string[] States = ["Michoacán", "Guerrero", "Sinaloa", "Zacatecas", "Sonora", "Jalisco"];

    /// <summary>Writes <paramref name="count"/> articles with distinct texts into a new folder; returns the folder.</summary>
    public static string Write(TempFolder temp, int count, string name = "articles")
    {
        var folder = temp.Folder(name);
        for (var i = 0; i < count; i++)
        {
            var incident = i / 2;
            var file = string.Create(CultureInfo.InvariantCulture, $"{i:D4}-{(i % 2 == 0 ? "es" : "en")}.txt");
            File.WriteAllText(Path.Combine(folder, file), i % 2 == 0 ? Spanish(incident) : English(incident));
        }

        return folder;
    }

    /// <summary>A document whose processing the tests make fail every time (ATALAYA_FAIL_DOCUMENT=<see cref="PoisonMarker"/>).</summary>
    public const string PoisonMarker = "Xoconostle-Poison-7731";

    public static string WritePoison(string folder)
    {
        var path = Path.Combine(folder, "9999-poison.txt");
        File.WriteAllText(path, $"Publicado el 2 de marzo de 2025\nReporte {PoisonMarker}\n\nUn texto que ningún trabajador logra procesar.\n");
        return path;
    }

    private static string Spanish(int incident)
    {
        var (town, state, dead, day) = Incident(incident);
        return string.Create(CultureInfo.InvariantCulture, $"""
            Publicado el {day} de marzo de 2025
            Enfrentamiento en {town} deja {dead} muertos

            Un grupo armado atacó el {Weekday(day)} a una patrulla de la policía estatal en {town}, {state}, y mató a {dead} agentes, informó la fiscalía del estado.

            Los atacantes huyeron en dos camionetas; la fiscalía abrió la carpeta {1000 + incident}.
            """);
    }

    private static string English(int incident)
    {
        var (town, state, dead, day) = Incident(incident);
        return string.Create(CultureInfo.InvariantCulture, $"""
            Published March {day}, 2025
            {dead} police officers killed in attack in {town}, Mexico

            Gunmen attacked a state police patrol in {town}, in the Mexican state of {state}, and killed {dead} officers, the state prosecutor's office said.

            The attackers fled in two trucks; the prosecutor opened case {1000 + incident}.
            """);
    }

    private static (string Town, string State, int Dead, int Day) Incident(int incident)
        => (Towns[incident % Towns.Length], States[incident / Towns.Length % States.Length], 2 + incident % 7, 1 + incident % 28);

    private static string Weekday(int day) => new[] { "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo" }[day % 7];
}

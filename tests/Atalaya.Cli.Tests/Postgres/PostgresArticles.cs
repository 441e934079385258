namespace Atalaya.Cli.Tests.Postgres;

/// <summary>
/// Invented articles for the PostgreSQL command tests: one incident told in Spanish and in English,
/// and unrelated reports in Portuguese and German.
/// </summary>
internal static class PostgresArticles
{
    public const string Spanish =
        "Publicado el 9 de octubre de 2025\n"
        + "Emboscada en Tacámbaro deja 5 policías muertos\n\n"
        + "Un grupo armado emboscó el miércoles a una patrulla de la policía estatal en Tacámbaro, Michoacán, y mató a cinco agentes, informó la Secretaría de Seguridad Pública.\n\n"
        + "Entre los muertos está el comandante Evaristo Lucio Anaya, según la dependencia. Los atacantes abandonaron dos camionetas con blindaje artesanal.\n";

    public const string English =
        "Published October 9, 2025\n"
        + "Five police officers killed in ambush in Tacambaro, Mexico\n\n"
        + "Gunmen ambushed a state police patrol in Tacámbaro, in the Mexican state of Michoacán, on Wednesday and killed five officers, the public security ministry said.\n\n"
        + "Commander Evaristo Lucio Anaya was among the dead. The attackers left behind two trucks with homemade armor.\n";

    public const string Portuguese =
        "Publicado em 3 de fevereiro de 2024\n"
        + "Polícia apreende armas em galpão de Vila Aurora\n\n"
        + "A Polícia Federal apreendeu doze fuzis em um galpão abandonado de Vila Aurora, informou a corporação. Ninguém foi preso.\n";

    public const string German =
        "Veröffentlicht am 21. Mai 2024\n"
        + "Razzia gegen Schmugglerring in Hafenstadt\n\n"
        + "Die Polizei hat am Dienstag vier Lagerhallen durchsucht und drei Männer festgenommen, teilte die Staatsanwaltschaft mit.\n";

    /// <summary>Writes the four articles into a new folder of <paramref name="temp"/>; returns the folder.</summary>
    public static string Write(TempFolder temp, string name = "articles")
    {
        var folder = temp.Folder(name);
        File.WriteAllText(Path.Combine(folder, "emboscada-es.txt"), Spanish);
        File.WriteAllText(Path.Combine(folder, "ambush-en.txt"), English);
        File.WriteAllText(Path.Combine(folder, "armas-pt.txt"), Portuguese);
        File.WriteAllText(Path.Combine(folder, "razzia-de.txt"), German);
        return folder;
    }

    public const int Count = 4;
}

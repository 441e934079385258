namespace Atalaya.Cli.Tests.Corpus;

/// <summary>
/// Invented articles for the stored corpus: an ambush of state police in Huetamo told in Spanish,
/// its English translation and a syndicated copy under another headline; two different attacks in
/// Sahuayo three days apart. Set A is the Spanish ambush and the first attack, set B the rest.
/// </summary>
internal static class StoredCorpusArticles
{
    /// <summary>The original report (set A).</summary>
    public const string Ambush =
        "Publicado el 11 de febrero de 2025\n"
        + "Emboscan a policías estatales en Huetamo; mueren nueve agentes\n"
        + "\n"
        + "Un grupo armado emboscó el lunes a un convoy de la Policía Estatal en un camino de terracería de Huetamo, Michoacán, y mató a nueve agentes, informó la Secretaría de Seguridad Pública del estado.\n"
        + "\n"
        + "Los atacantes dispararon desde los cerros contra tres patrullas que volvían de un operativo. Entre los muertos está el comandante Rogelio Benítez Salcedo, jefe del destacamento regional, según la fiscalía.\n"
        + "\n"
        + "Los peritos recogieron 214 casquillos de fusiles de asalto en el lugar de la emboscada. Otros cuatro policías resultaron heridos y fueron trasladados a un hospital de la zona.\n"
        + "\n"
        + "La fiscalía abrió una carpeta de investigación por homicidio y dijo que los agresores huyeron hacia la sierra. El gobierno estatal envió refuerzos a la región de Tierra Caliente.\n";

    /// <summary>An attack on a bar in Sahuayo on a Sunday (set A).</summary>
    public const string FirstSahuayo =
        "Publicado el 3 de febrero de 2025\n"
        + "Ataque armado en un bar de Sahuayo deja cuatro muertos\n"
        + "\n"
        + "Hombres armados irrumpieron el domingo en un bar del centro de Sahuayo, Michoacán, y mataron a cuatro clientes, informó la fiscalía regional.\n"
        + "\n"
        + "Los agresores llegaron en dos camionetas y dispararon contra las mesas del local. Testigos contaron que el ataque duró menos de un minuto. Los peritos hallaron 58 casquillos en el bar.\n";

    /// <summary>The ambush in English (set B): one story and one event with the Spanish original.</summary>
    public const string AmbushEnglish =
        "Published February 11, 2025\n"
        + "Gunmen ambush state police in Huetamo, killing nine officers\n"
        + "\n"
        + "An armed group ambushed a convoy of the State Police on a dirt road in Huetamo, in the Mexican state of Michoacán, on Monday and killed nine officers, the state's public security ministry said.\n"
        + "\n"
        + "The attackers fired from the hills at three patrol cars returning from an operation. Among the dead was commander Rogelio Benítez Salcedo, head of the regional detachment, prosecutors said.\n"
        + "\n"
        + "Investigators collected 214 assault rifle casings at the site of the ambush. Four other officers were wounded and taken to a hospital in the area.\n";

    /// <summary>The Spanish report under another headline, its last paragraph trimmed (set B): a copy.</summary>
    public const string AmbushCopy =
        "Publicado el 11 de febrero de 2025\n"
        + "Masacre de policías en Tierra Caliente: nueve muertos en Huetamo\n"
        + "\n"
        + "Un grupo armado emboscó el lunes a un convoy de la Policía Estatal en un camino de terracería de Huetamo, Michoacán, y mató a nueve agentes, informó la Secretaría de Seguridad Pública del estado.\n"
        + "\n"
        + "Los atacantes dispararon desde los cerros contra tres patrullas que volvían de un operativo. Entre los muertos está el comandante Rogelio Benítez Salcedo, jefe del destacamento regional, según la fiscalía.\n"
        + "\n"
        + "Los peritos recogieron 214 casquillos de fusiles de asalto en el lugar de la emboscada. Otros cuatro policías resultaron heridos y fueron trasladados a un hospital de la zona.\n";

    /// <summary>Another attack in Sahuayo, on a store three days later (set B): another event and story.</summary>
    public const string SecondSahuayo =
        "Publicado el 7 de febrero de 2025\n"
        + "Incendian una tienda en Sahuayo; dos muertos\n"
        + "\n"
        + "Un comando armado incendió el jueves 6 de febrero una tienda de abarrotes en la colonia San Pedro de Sahuayo, Michoacán, y mató a dos empleados, informó la fiscalía regional.\n"
        + "\n"
        + "Los bomberos apagaron el fuego tras dos horas. Vecinos contaron que los agresores exigían una cuota al dueño desde hacía meses.\n";

    public static readonly (string File, string Text)[] SetA = [("1-emboscada-es.txt", Ambush), ("2-sahuayo-es.txt", FirstSahuayo)];

    public static readonly (string File, string Text)[] SetB =
        [("1-ambush-en.txt", AmbushEnglish), ("2-emboscada-copia-es.txt", AmbushCopy), ("3-sahuayo-tienda-es.txt", SecondSahuayo)];

    /// <summary>Writes a set into a folder and returns the folder.</summary>
    public static string Write(TempFolder temp, string folder, (string File, string Text)[] set)
    {
        var path = temp.Folder(folder);
        foreach (var (file, text) in set)
        {
            File.WriteAllText(System.IO.Path.Combine(path, file), text);
        }

        return path;
    }
}

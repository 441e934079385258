namespace Atalaya.Web.BrowserTests.Support;

/// <summary>
/// Invented news articles (places are real Mexican towns, people and incidents are made up): one incident told in
/// Spanish and in English, others in Dutch and Spanish, two tallies of one figure, and one whose text carries HTML
/// and script meant to run.
/// </summary>
public static class InventedArticles
{
    /// <summary>The ambush both the Spanish and the English article report: five National Guard agents killed.</summary>
    public const string AmbushSpanish = "sahuayo-es";

    public const string AmbushEnglish = "sahuayo-en";

    public const string HostileEnglish = "hostile-en";

    public const string AbroadSpanish = "madrid-es";

    public const string StateOnlySpanish = "guerrero-fosa-es";

    /// <summary>Evidence words of the ambush in each language.</summary>
    public const string AmbushSpanishWords = "emboscaron";

    public const string AmbushEnglishWords = "ambushed";

    /// <summary>What the hostile article tries to inject, as it must appear: text.</summary>
    public const string HostileMarkup = "<img src=x onerror=\"window.__pwned=1\">";

    public static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>
    {
        [AmbushSpanish + ".txt"] =
            "Publicado el 9 de abril de 2025\n"
            + "Emboscada en Sahuayo deja cinco policías muertos\n\n"
            + "Integrantes del Cártel Jalisco Nueva Generación emboscaron el martes a una patrulla de la Guardia Nacional en Sahuayo, Michoacán, y mataron a cinco agentes, informó la Fiscalía del Estado.\n\n"
            + "Otros dos policías resultaron heridos y fueron trasladados a un hospital de Zamora. Los atacantes huyeron en dos camionetas.\n\n"
            + "La fiscalía atribuyó el ataque a una célula del Cártel Jalisco Nueva Generación que disputa la región.\n",
        [AmbushEnglish + ".txt"] =
            "Published April 9, 2025\n"
            + "Gunmen kill five police officers in ambush in Sahuayo, Mexico\n\n"
            + "Members of the Jalisco New Generation Cartel ambushed a National Guard patrol in Sahuayo, in the Mexican state of Michoacán, on Tuesday and killed five officers, state prosecutors said.\n\n"
            + "Two other officers were wounded. The attackers fled in two pickup trucks.\n\n"
            + "Prosecutors blamed a cell of the Jalisco New Generation Cartel, which is fighting for control of the region.\n",
        ["guasave-nl.txt"] =
            "Gepubliceerd op 2 april 2025\n"
            + "Drie doden bij vuurgevecht in Guasave\n\n"
            + "Bij een vuurgevecht tussen soldaten en gewapende mannen in Guasave, in de Mexicaanse deelstaat Sinaloa, zijn zondag drie mensen om het leven gekomen, meldde het ministerie van Defensie.\n\n"
            + "De militairen namen vier geweren en een voertuig in beslag.\n",
        ["fresnillo-es.txt"] =
            "Publicado el 20 de marzo de 2025\n"
            + "Secuestran a un comerciante en Fresnillo\n\n"
            + "Un comerciante fue secuestrado el miércoles por hombres armados en el centro de Fresnillo, Zacatecas, informaron autoridades estatales.\n\n"
            + "La Guardia Nacional instaló puntos de revisión en las salidas de la ciudad.\n",
        // Two tallies of one figure a month apart: claims on a timeline, and an update between them.
        ["colima-tally-1.txt"] =
            "Publicado el 5 de marzo de 2025\n"
            + "Colectivos piden mejores salarios para los policías de Colima\n\n"
            + "Según recuentos de organizaciones civiles, 120 policías han sido asesinados en Colima desde 2020.\n\n"
            + "Los colectivos pidieron al gobierno estatal mejores salarios y equipo para los agentes.\n",
        ["colima-tally-2.txt"] =
            "Publicado el 10 de abril de 2025\n"
            + "El congreso de Colima discutirá una reforma de seguridad\n\n"
            + "Según un nuevo recuento de organizaciones civiles, 134 policías han sido asesinados en Colima desde 2020.\n\n"
            + "El congreso local discutirá la próxima semana una reforma a la ley de seguridad.\n",
        // An arrest abroad, a year before the others: the map lists it outside Mexico instead of drawing it in a Mexican
        // state, and the time axis shows the year between.
        [AbroadSpanish + ".txt"] =
            "Publicado el 14 de abril de 2024\n"
            + "Detienen en Madrid a un presunto operador del Cártel de Sinaloa\n\n"
            + "La Policía Nacional de España detuvo el sábado en Madrid a un hombre acusado de coordinar envíos de cocaína para el Cártel de Sinaloa, informó el Ministerio del Interior.\n\n"
            + "El detenido será puesto a disposición de la Audiencia Nacional.\n",
        // Placed only to a state and dated only to a month: a ring at the state's centre, and counted apart on the time axis.
        [StateOnlySpanish + ".txt"] =
            "Publicado el 2 de mayo de 2025\n"
            + "Hallan una fosa clandestina en Guerrero\n\n"
            + "Autoridades localizaron en abril una fosa clandestina con cuatro cuerpos en el estado de Guerrero, informó la Fiscalía General del Estado.\n\n"
            + "Colectivos de búsqueda pidieron que se identifique a las víctimas.\n",
        [HostileEnglish + ".txt"] =
            "Published March 28, 2025\n"
            + "Protest in Tecomán " + HostileMarkup + " ends peacefully\n\n"
            + "Residents of Tecomán, in the Mexican state of Colima, marched on Friday to demand the return of a missing teacher. <script>window.__pwned=2</script> Organizers said two hundred people took part.\n\n"
            + "Police said the march ended without incident. <b onmouseover=\"window.__pwned=3\">bold</b>\n",
    };

    public static string WriteAll(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in Files)
        {
            File.WriteAllText(Path.Combine(folder, name), text);
        }

        return folder;
    }
}

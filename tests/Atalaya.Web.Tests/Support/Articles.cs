namespace Atalaya.Web.Tests;

/// <summary>
/// Fictional articles written for these tests (invented towns, people and figures), in several
/// languages, about violence the pipeline recognizes, plus one whose text carries markup.
/// </summary>
public static class Articles
{
    public const string MarkupTitle = "Vecinos denuncian amenazas en Tierra Blanca";

    /// <summary>Markup inside an article: the API must return it as data, the pages must show it as text.</summary>
    public const string Markup = "<script>alert('xss')</script><img src=x onerror=alert(1)>";

    public static readonly IReadOnlyList<(string Name, string Text)> All =
    [
        ("es-ataque-zapopan.txt", """
            Hombres armados matan a cuatro policías en Zapopan, Jalisco

            Publicado el 12 de enero de 2026

            Cuatro policías municipales murieron el sábado en Zapopan, Jalisco, cuando hombres armados del Cártel Jalisco Nueva Generación atacaron su patrulla en la colonia Las Acacias.

            La Fiscalía del estado informó que dos agentes más resultaron heridos. Los agresores huyeron en dos camionetas.
            """),
        ("en-ambush-culiacan.txt", """
            Gunmen kill six soldiers in ambush near Culiacán, Sinaloa

            Published January 20, 2026

            Six soldiers were killed on Sunday when gunmen of the Sinaloa Cartel ambushed a military convoy on a highway near Culiacán, Sinaloa, officials said.

            Three more soldiers were wounded in the attack, the defense ministry said in a statement.
            """),
        ("es-emboscada-culiacan.txt", """
            Emboscada contra militares deja seis muertos cerca de Culiacán, Sinaloa

            Publicado el 20 de enero de 2026

            Seis militares murieron el domingo cuando hombres armados del Cártel de Sinaloa emboscaron un convoy del Ejército en una carretera cerca de Culiacán, Sinaloa, informaron las autoridades.

            Otros tres soldados resultaron heridos en el ataque, según la Secretaría de la Defensa.
            """),
        ("pt-confronto-reynosa.txt", """
            Confronto entre cartéis deixa nove mortos em Reynosa, Tamaulipas

            Publicado em 3 de fevereiro de 2026

            Nove pessoas morreram na segunda-feira num confronto armado entre o Cartel do Golfo e rivais em Reynosa, no estado de Tamaulipas, segundo a procuradoria estadual.

            A polícia encontrou dezenas de cartuchos no local.
            """),
        ("fr-enlevement-morelia.txt", """
            Trois journalistes enlevés à Morelia, dans le Michoacán

            Publié le 10 février 2026

            Trois journalistes ont été enlevés mardi à Morelia, dans l'État du Michoacán, par des hommes armés, a indiqué le parquet local.

            Leurs collègues ont manifesté devant le palais du gouvernement.
            """),
        ("de-anschlag-guanajuato.txt", """
            Bewaffnete töten fünf Menschen in Celaya, Guanajuato

            Veröffentlicht am 15. Februar 2026

            Bewaffnete Männer haben am Freitag in einer Bar in Celaya im Bundesstaat Guanajuato fünf Menschen getötet, teilte die Staatsanwaltschaft mit.

            Zwei weitere Gäste wurden verletzt.
            """),
        ("es-markup.txt", $"""
            {MarkupTitle}

            Publicado el 20 de febrero de 2026

            Un grupo de vecinos de Tierra Blanca, Veracruz, denunció amenazas. El mensaje que circuló en redes decía: {Markup}

            Las autoridades no han confirmado detenciones.
            """),
    ];

    /// <summary>A new article for the write tests (not among <see cref="All"/>).</summary>
    public const string Posted = """
        Asesinan a dos comerciantes en Uruapan, Michoacán

        Dos comerciantes fueron asesinados el lunes en Uruapan, Michoacán, por hombres armados que huyeron en motocicleta, informó la policía estatal.
        """;
}

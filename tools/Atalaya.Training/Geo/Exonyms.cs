namespace Atalaya.Training.Geo;

/// <summary>
/// Names written here by hand because the public files lack them: world-countries.json has no
/// Norwegian, Danish, Catalan or Galician translations, admin1CodesASCII.txt gives first-level
/// divisions one English name only, and news abbreviations ("EE. UU.", "CDMX") are in neither.
/// Only divisions that news about Mexico's cartels names often, and only names that differ from
/// the English one, are listed.
/// </summary>
internal static class Exonyms
{
    /// <summary>Country exonyms (nb, nn, da, ca, gl and common news forms) by ISO 3166-1 alpha-2 code.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Countries = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["US"] = ["Estats Units", "Estats Units d'Amèrica", "De forente stater", "Sambandsstatane", "De Forenede Stater", "Estados Unidos de América", "Estados Unidos da América", "Stati Uniti d'America", "États-Unis d'Amérique", "Vereinigte Staaten von Amerika", "Verenigde Staten van Amerika", "Amerikas förenta stater"],
        ["MX"] = ["Mèxic", "Estados Unidos Mexicanos", "República Mexicana"],
        ["CA"] = ["Canadà", "Canadá"],
        ["GT"] = ["Guatemala"],
        ["BZ"] = ["Belice", "Belize"],
        ["PA"] = ["Panamà", "Panamá"],
        ["CO"] = ["Colòmbia"],
        ["VE"] = ["Veneçuela"],
        ["EC"] = ["Equador"],
        ["PE"] = ["Perú"],
        ["BO"] = ["Bolívia"],
        ["BR"] = ["Brasil", "Brasilien"],
        ["CL"] = ["Xile"],
        ["PY"] = ["Paraguai"],
        ["UY"] = ["Uruguai"],
        ["CD"] = ["RD Congo", "DR Kongo", "RD do Congo"],
        ["DO"] = ["Den dominikanske republikk", "Den Dominikanske Republik", "Den dominikanske republikken", "República Dominicana"],
        ["HT"] = ["Haití"],
        ["ES"] = ["Spania", "Spanien", "Espanya", "España"],
        ["FR"] = ["Frankrike", "Frankrig", "França", "Francia"],
        ["DE"] = ["Tyskland", "Alemanya", "Alemaña"],
        ["IT"] = ["Italia", "Italien", "Itàlia"],
        ["NL"] = ["Nederland", "Nederlandene", "Holland", "Holanda", "Països Baixos", "Países Baixos"],
        ["BE"] = ["Belgia", "Belgien", "Bèlgica", "Bélxica"],
        ["GB"] = ["Storbritannia", "Storbritannien", "Det forente kongeriket", "Regne Unit", "Reino Unido", "Gran Bretaña", "Grande-Bretagne", "Großbritannien", "Britain"],
        ["IE"] = ["Irland", "Irlanda"],
        ["CH"] = ["Sveits", "Schweiz", "Suïssa", "Suíza"],
        ["AT"] = ["Østerrike", "Østrig", "Àustria", "Austria"],
        ["NO"] = ["Norge", "Noreg", "Noruega"],
        ["SE"] = ["Sverige", "Suècia", "Suecia"],
        ["DK"] = ["Danmark", "Dinamarca"],
        ["FI"] = ["Finland", "Finlàndia", "Finlandia"],
        ["PL"] = ["Polen", "Polònia", "Polonia"],
        ["RU"] = ["Russland", "Rusland", "Rússia", "Rusia"],
        ["UA"] = ["Ukraina", "Ukraine", "Ucraïna", "Ucraína"],
        ["CN"] = ["Kina", "Xina", "China"],
        ["JP"] = ["Japan", "Japó", "Xapón"],
        ["IN"] = ["India", "Indien", "Índia"],
        ["KR"] = ["Sør-Korea", "Sydkorea", "Corea del Sud", "Corea do Sur"],
        ["AU"] = ["Australia", "Australien", "Austràlia"],
        ["TR"] = ["Tyrkia", "Tyrkiet", "Turquia", "Turquía"],
        ["IL"] = ["Israel"],
        ["AE"] = ["De forente arabiske emirater", "De Forenede Arabiske Emirater", "Emirats Àrabs Units", "Emiratos Árabes Unidos"],
        ["MA"] = ["Marokko", "Marroc", "Marrocos"],
        ["GR"] = ["Hellas", "Grækenland", "Grècia", "Grecia"],
        ["HR"] = ["Kroatia", "Kroatien", "Croàcia", "Croacia"],
        ["AL"] = ["Albania", "Albanien", "Albània"],
        ["RS"] = ["Serbia", "Serbien", "Sèrbia"],
        ["PH"] = ["Filippinene", "Filippinerne", "Filipines", "Filipinas"],
        ["ZA"] = ["Sør-Afrika", "Sydafrika", "Sud-àfrica", "Suráfrica"],
        ["NG"] = ["Nigèria", "Nixeria"],
        ["PT"] = ["Portugal"],
        ["CU"] = ["Cuba"],
        ["AR"] = ["Argentina"],
    };

    /// <summary>
    /// Abbreviations news writes in capitals, by ISO 3166-1 alpha-2 code or GeoNames admin1 code.
    /// They match only as written here (see Gazetteer.WrittenExactlyMarker): the same letters in
    /// lower case are common words ("us", "eau", "vs"). Italian writes "Usa" with one capital.
    /// "EU" is no country and stays out; "RD" is the Dominican Republic as Dominican news writes it.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> Abbreviations = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["US"] = ["US", "U.S.", "USA", "U.S.A.", "Usa", "EE. UU.", "EE.UU.", "EEUU", "EUA", "E.U.A.", "VS", "V.S."],
        ["GB"] = ["UK", "U.K.", "VK"],
        ["AE"] = ["UAE", "EAU", "E.A.U.", "VAE"],
        ["CD"] = ["DRC", "RDC"],
        ["DO"] = ["RD"],
        ["MX.03"] = ["BCS"],
        ["MX.09"] = ["CDMX"],
        ["MX.24"] = ["SLP"],
    };

    /// <summary>Exonyms of first-level divisions by GeoNames admin1 code ("US.CA", "MX.16").</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Admin1 = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        // Mexico: the INEGI official names are added from inegi/mx_states.tsv; these are news forms and exonyms.
        ["MX.02"] = ["Basse-Californie", "Bassa California", "Baixa Califórnia", "Baixa Califòrnia", "Baixa California", "Neder-Californië", "Niederkalifornien"],
        ["MX.03"] = ["Basse-Californie du Sud", "Bassa California del Sud", "Baixa Califórnia do Sul", "Baixa Califòrnia del Sud"],
        ["MX.09"] = ["Ciudad de México", "Distrito Federal", "México D.F.", "México DF", "Mexiko-Stadt", "Mexico-Stad", "Mexico by", "Mexiko City", "Cidade do México", "Città del Messico", "Ciutat de Mèxic", "Cidade de México"],
        ["MX.15"] = ["Estado de México", "Edomex", "Edo. Méx.", "State of Mexico", "Mexico State", "État de Mexico", "Estado do México", "Stato del Messico", "Bundesstaat México", "Staat Mexico", "Estat de Mèxic"],
        ["MX.16"] = ["Michoacán de Ocampo"],
        ["MX.19"] = ["Nuevo León", "Nuevo Leon"],
        ["MX.22"] = ["Querétaro de Arteaga"],
        ["MX.30"] = ["Veracruz de Ignacio de la Llave", "Veracruz-Llave"],
        ["MX.07"] = ["Coahuila de Zaragoza"],
        ["MX.23"] = ["Q. Roo"],

        // United States.
        ["US.CA"] = ["Californië", "Kalifornien", "Californie", "Califórnia", "Califòrnia"],
        ["US.NM"] = ["Nuevo México", "Nouveau-Mexique", "Neu-Mexiko", "Novo México", "Nuovo Messico", "Nou Mèxic", "Nieuw-Mexico"],
        ["US.TX"] = ["Tejas"],
        ["US.FL"] = ["Floride", "Flórida"],
        ["US.NY"] = ["Nueva York", "Nova Iorque", "Nova York", "Estado de Nueva York", "État de New York"],
        ["US.NJ"] = ["Nueva Jersey", "Nova Jérsia"],
        ["US.LA"] = ["Luisiana", "Louisiane"],
        ["US.PA"] = ["Pensilvania", "Pennsylvanie", "Pensilvânia", "Pennsylvanië", "Pennsilvània"],
        ["US.NC"] = ["Carolina del Norte", "Caroline du Nord", "Carolina do Norte", "Carolina del Nord", "Noord-Carolina", "Nord-Carolina"],
        ["US.SC"] = ["Carolina del Sur", "Caroline du Sud", "Carolina do Sul", "Carolina del Sud", "Zuid-Carolina", "Süd-Carolina"],
        ["US.ND"] = ["Dakota del Norte", "Dakota du Nord", "Dakota do Norte", "Dakota del Nord", "Noord-Dakota", "Nord-Dakota"],
        ["US.SD"] = ["Dakota del Sur", "Dakota du Sud", "Dakota do Sul", "Dakota del Sud", "Zuid-Dakota", "Süd-Dakota"],
        ["US.VA"] = ["Virginie", "Virgínia"],
        ["US.WV"] = ["Virginia Occidental", "Virginie-Occidentale", "Virgínia Ocidental", "Virginia Occidentale", "Virgínia de l'Oest", "West-Virginia"],
        ["US.GA"] = ["Géorgie", "Geórgia"],
        ["US.HI"] = ["Hawái", "Hawaï", "Havaí"],
        ["US.OR"] = ["Oregón"],
        ["US.MI"] = ["Míchigan"],
        ["US.NH"] = ["Nuevo Hampshire"],
        ["US.DC"] = ["Washington D.C.", "Washington DC", "District of Columbia", "Distrito de Columbia"],

        // Canada and Spain, named in trafficking routes.
        ["CA.02"] = ["Columbia Británica", "Colombie-Britannique", "Britisch-Kolumbien", "Colúmbia Britânica", "Columbia Britannica", "Brits-Columbia", "Britisk Columbia", "Brittiska Columbia"],
        ["CA.10"] = ["Québec"],
        ["ES.51"] = ["Andalucía", "Andalousie", "Andalusien", "Andaluzia", "Andalusië"],
        ["ES.56"] = ["Cataluña", "Catalunya", "Catalogne", "Katalonien", "Catalunha", "Catalogna", "Catalonië"],
        ["ES.59"] = ["País Vasco", "Euskadi", "Pays basque", "Baskenland", "País Basco", "Paesi Baschi", "Baskerland", "Baskien", "Baskland", "País Basc"],
        ["ES.53"] = ["Canarias", "Islas Canarias", "Îles Canaries", "Kanarische Inseln", "Canárias", "Ilhas Canárias", "Isole Canarie", "Canarische Eilanden", "Kanariøyene", "Kanarieøerne", "Kanarieöarna", "Illes Canàries"],
        ["ES.07"] = ["Islas Baleares", "Illes Balears", "Îles Baléares", "Balearen", "Ilhas Baleares", "Isole Baleari", "Balearene", "Balearerne", "Balearerna"],
        ["ES.58"] = ["Galiza", "Galice", "Galicien"],
        ["ES.60"] = ["Comunidad Valenciana", "Comunitat Valenciana"],
        ["ES.29"] = ["Comunidad de Madrid"],
    };

    /// <summary>
    /// GeoNames alternate names of big Mexican places that are the name of other, better-known
    /// places, so that a lookup would put the big place first: a saint's name or a former name
    /// ("Zaragoza" for Tijuana, "Guadalupe" for Gustavo A. Madero). Keyed by geonameid; compared folded.
    /// </summary>
    public static readonly IReadOnlyDictionary<long, string[]> WrongAlternates = new Dictionary<long, string[]>
    {
        [3981609] = ["Zaragoza"],                           // Tijuana
        [3529612] = ["Morelos", "San Cristóbal"],           // Ecatepec de Morelos
        [3514674] = ["Guadalupe", "Villa de Guadalupe"],    // Gustavo A. Madero
        [3522507] = ["Santa María"],                        // Oaxaca de Juárez
        [3815324] = ["San Luis"],                           // Huamantla
        [3530276] = ["San Bernardino"],                     // Contla de Juan Cuamatzi
        [3530592] = ["Santa Rosa"],                         // Ciudad Mendoza
        [4013724] = ["Santa Rosalía"],                      // Camargo, Chihuahua
        [3522444] = ["La Ventosa"],                         // Ocozocoautla de Espinosa
        [4026082] = ["Melchor Ocampo"],                     // Ciudad Lázaro Cárdenas
    };

    /// <summary>
    /// altSpellings of world-countries.json that are demonyms, adjectives, common words or titles
    /// rather than names of the country.
    /// </summary>
    public static readonly IReadOnlySet<string> BadAltSpellings = new HashSet<string>(StringComparer.Ordinal)
    {
        "Mexicanos", "Portuguesa", "Togolese", "Thai", "Prathet", "Saudi", "Mann", "Emirates", "the Abode of Peace", "Nation of Brunei", "Pleasant Island",
    };
}

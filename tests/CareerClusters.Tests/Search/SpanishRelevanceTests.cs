using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;
using CareerClusters.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CareerClusters.Tests.Search;

/// <summary>
/// What students and their families type on the Spanish site (/es/search), over the real content: students' words,
/// with and without accents, singular and plural, feminine and masculine, typos, and English words mixed in. The page
/// (any of those separated by |) must be among the first <c>within</c> results, in Spanish (/es/...). A job not
/// translated yet is found by its English title and by content/search/synonyms.es.yml, so these hold while the
/// translations land.
/// </summary>
public class SpanishRelevanceTests(RealContentSite site) : IClassFixture<RealContentSite>
{
    private const string Nurses = "/occupations/registered-nurses";
    private const string CarMechanics = "/occupations/automotive-service-technicians-and-mechanics";
    private const string Teachers = "/occupations/elementary-school-teachers-except-special-education|/occupations/preschool-teachers-except-special-education"
        + "|/occupations/secondary-school-teachers-except-special-and-career-technical-education|/occupations/kindergarten-teachers-except-special-education"
        + "|/occupations/middle-school-teachers-except-special-and-career-technical-education";

    private async Task<List<string>> TopAsync(string query, int count) =>
        (await site.GetDocumentAsync($"/es/search?q={Uri.EscapeDataString(query)}"))
            .QuerySelectorAll("ol.results a.result-title").Take(count).Select(a => a.GetAttribute("href")!).ToList();

    [Theory]
    // Health: feminine, masculine, plural, capitals, no accents, a typo, a whole sentence, English.
    [InlineData("enfermera", 3, Nurses)]
    [InlineData("enfermero", 3, Nurses)]
    [InlineData("enfermeras", 3, Nurses)]
    [InlineData("ENFERMERA", 3, Nurses)]
    [InlineData("quiero ser enfermera", 3, Nurses)]
    [InlineData("enfermra", 3, Nurses)]
    [InlineData("enfermeria", 3, "/occupations/nursing-assistants|" + Nurses + "|/occupations/nursing-instructors-and-teachers-postsecondary")]
    [InlineData("nurse", 3, Nurses)]
    [InlineData("registered nurse", 3, Nurses)]
    [InlineData("doctor", 3, "/occupations/family-medicine-physicians")]
    [InlineData("médico", 3, "/occupations/family-medicine-physicians")]
    [InlineData("medica", 3, "/occupations/family-medicine-physicians")]
    [InlineData("dentista", 3, "/occupations/dentists-general")]
    [InlineData("psicologo", 3, "/occupations/clinical-and-counseling-psychologists|/occupations/psychologists-all-other|/occupations/school-psychologists")]
    [InlineData("fisioterapeuta", 3, "/occupations/physical-therapists")]
    [InlineData("paramedico", 3, "/occupations/paramedics|/occupations/emergency-medical-technicians")]
    [InlineData("farmaceutica", 3, "/occupations/pharmacists")]
    [InlineData("veterinario", 3, "/occupations/veterinarians")]
    [InlineData("veterinaria", 3, "/occupations/veterinarians")]
    // Cars and trades.
    [InlineData("mecánico", 3, CarMechanics)]
    [InlineData("mecanico", 3, CarMechanics)]
    [InlineData("mecánicos", 3, CarMechanics)]
    [InlineData("mecánico de autos", 3, CarMechanics)]
    [InlineData("Mecanico De Carros", 3, CarMechanics)]
    [InlineData("arreglar carros", 3, CarMechanics + "|/occupations/automotive-body-and-related-repairers")]
    [InlineData("fix cars", 3, CarMechanics + "|/occupations/automotive-body-and-related-repairers")]
    [InlineData("electricista", 3, "/occupations/electricians")]
    [InlineData("electrisista", 3, "/occupations/electricians")]
    [InlineData("plomero", 3, "/occupations/plumbers-pipefitters-and-steamfitters")]
    [InlineData("soldador", 3, "/occupations/welders-cutters-solderers-and-brazers|/occupations/welding-soldering-and-brazing-machine-setters-operators-and-tenders")]
    [InlineData("camionero", 3, "/occupations/heavy-and-tractor-trailer-truck-drivers")]
    [InlineData("piloto", 3, "/occupations/commercial-pilots|/occupations/airline-pilots-copilots-and-flight-engineers")]
    // School and children.
    [InlineData("maestra", 3, Teachers)]
    [InlineData("maestro", 3, Teachers)]
    [InlineData("docente", 3, Teachers)]
    [InlineData("maestra de kinder", 3, "/occupations/kindergarten-teachers-except-special-education")]
    [InlineData("maestra de primaria", 3, "/occupations/elementary-school-teachers-except-special-education")]
    [InlineData("niños", 3, "/occupations/childcare-workers")]
    [InlineData("ninos", 3, "/occupations/childcare-workers")]
    // Computers and art.
    [InlineData("programador", 3, "/occupations/computer-programmers")]
    [InlineData("programadora", 3, "/occupations/computer-programmers")]
    [InlineData("programdor", 3, "/occupations/computer-programmers")]
    [InlineData("programacion", 3, "/clusters/information-technology/programming-and-software-development")]
    [InlineData("software developer", 3, "/occupations/software-developers")]
    [InlineData("hacker", 3, "/occupations/information-security-analysts")]
    [InlineData("ciberseguridad", 3, "/occupations/information-security-analysts")]
    [InlineData("videojuegos", 3, "/occupations/video-game-designers")]
    [InlineData("diseñador grafico", 3, "/occupations/graphic-designers")]
    [InlineData("fotografo", 3, "/occupations/photographers")]
    // Law, safety, money, food, care, animals.
    [InlineData("policía", 3, "/occupations/police-and-sheriff-s-patrol-officers")]
    [InlineData("policia", 3, "/occupations/police-and-sheriff-s-patrol-officers")]
    [InlineData("bomberos", 3, "/occupations/firefighters")]
    [InlineData("abogada", 3, "/occupations/lawyers")]
    [InlineData("abogdo", 3, "/occupations/lawyers")]
    [InlineData("contadora", 3, "/occupations/accountants-and-auditors")]
    [InlineData("cocinero", 3, "/occupations/chefs-and-head-cooks|/occupations/cooks-restaurant")]
    [InlineData("peluquera", 3, "/occupations/hairdressers-hairstylists-and-cosmetologists")]
    [InlineData("uñas", 3, "/occupations/manicurists-and-pedicurists")]
    [InlineData("unas", 3, "/occupations/manicurists-and-pedicurists")] // typed without the ñ
    [InlineData("trabajos de unas", 3, "/occupations/manicurists-and-pedicurists")]
    [InlineData("animales", 3, "/occupations/animal-caretakers")]
    [InlineData("trabajar con animales", 3, "/occupations/animal-caretakers")]
    [InlineData("mascotas", 3, "/occupations/animal-caretakers|/occupations/veterinarians")]
    [InlineData("ingeniera civil", 3, "/occupations/civil-engineers")]
    // Clusters, pathways and guides: their Spanish names, and the official English names counselors use.
    [InlineData("salud", 3, "/clusters/health-science")]
    [InlineData("ciencias de la salud", 1, "/clusters/health-science")]
    [InlineData("Health Science", 3, "/clusters/health-science")]
    [InlineData("carreras de salud", 3, "/clusters/health-science")]
    [InlineData("tecnologia de la informacion", 1, "/clusters/information-technology")]
    [InlineData("dinero", 3, "/clusters/finance")]
    [InlineData("construccion", 3, "/clusters/architecture-and-construction|/clusters/architecture-and-construction/construction|/frameworks/2024/construction")]
    [InlineData("que es un grupo de carreras", 3, "/guides/what-is-a-career-cluster")]
    [InlineData("programa de estudios", 3, "/guides/what-is-a-program-of-study")]
    [InlineData("primer trabajo", 3, "/guides/first-jobs-for-teens")]
    [InlineData("fuerzas armadas", 3, "/guides/joining-the-military|/frameworks/2024/public-service-and-safety/military-and-national-security")]
    public async Task ASpanishQuery_FindsTheRightPage_OnTheSpanishSite(string query, int within, string expected)
    {
        var top = await TopAsync(query, within);

        Assert.True(expected.Split('|').Any(path => top.Contains("/es" + path)), $"\"{query}\": the first {within} were {string.Join(", ", top)}");
    }

    [Theory]
    [InlineData("enfermera")]
    [InlineData("enfermeras")]
    [InlineData("mecánico")]
    [InlineData("maestra")]
    public async Task ASpanishWordAPageUses_IsNeverCorrectedIntoAnEnglishOne(string query)
    {
        var page = await site.GetDocumentAsync($"/es/search?q={Uri.EscapeDataString(query)}");

        Assert.Null(page.QuerySelector(".notice"));
        Assert.Null(page.QuerySelector(".did-you-mean"));
        Assert.DoesNotContain("enforcer", page.QuerySelector("main")!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A student who types English on the Spanish site gets the Spanish page, titled in Spanish.</summary>
    [Fact]
    public async Task AnEnglishJobTitle_FindsTheSpanishPage_ShownWithItsSpanishTitle()
    {
        var page = await site.GetDocumentAsync("/es/search?q=registered%20nurses");

        var first = page.QuerySelector("ol.results a.result-title")!;
        Assert.Equal("/es" + Nurses, first.GetAttribute("href"));
        Assert.Null(first.GetAttribute("lang"));
        Assert.Equal(SpanishTitleOf("occupations/registered-nurses.es.md"), first.TextContent.Trim());
    }

    [Theory]
    [InlineData("enfermera")]
    [InlineData("salud")]
    [InlineData("nurse")]
    public async Task EveryResult_LinksToTheSpanishPage(string query)
    {
        var page = await site.GetDocumentAsync($"/es/search?q={query}");

        var links = page.QuerySelectorAll("ol.results a.result-title").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.StartsWith("/es/", href, StringComparison.Ordinal));
    }

    /// <summary>
    /// Every alternative of every line of content/search/synonyms.es.yml finds a page of the Spanish index: a slip in
    /// the file (a title word misspelt) would otherwise search for nothing, silently.
    /// </summary>
    [Fact]
    public async Task EverySpanishSynonym_FindsPages()
    {
        var generation = site.Services.GetRequiredService<ContentStore>().Current!;
        var problems = new List<ContentProblem>();
        var synonyms = SynonymsReader.Read(TestPaths.RealContent, problems, SiteCultures.Spanish);
        Assert.Empty(problems);
        Assert.True(synonyms.Count >= 100, $"only {synonyms.Count} Spanish synonyms");
        var language = SearchLanguage.Spanish;
        await using var connection = new SqliteConnection($"Data Source={generation.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var nothing = new List<string>();
        foreach (var synonym in synonyms)
        {
            foreach (string alternative in synonym.Expansion.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT COUNT(*) FROM \"{language.Table}\" WHERE \"{language.Table}\" MATCH $match";
                command.Parameters.AddWithValue("$match", string.Join(" AND ", language.Words(alternative).Select(w => $"\"{language.IndexTerm(w)}\"")));
                if ((long)(await command.ExecuteScalarAsync())! == 0)
                {
                    nothing.Add($"line {synonym.Line}: {synonym.Term}: {alternative}");
                }
            }
        }
        Assert.True(nothing.Count == 0, "These alternatives find no page:\n" + string.Join("\n", nothing));
    }

    private static string SpanishTitleOf(string file) =>
        File.ReadLines(Path.Combine(TestPaths.RealContent, file)).First(l => l.StartsWith("title:", StringComparison.Ordinal))["title:".Length..].Trim().Trim('"');
}

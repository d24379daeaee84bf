using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Tests.Spanish;

/// <summary>The real content (its O*NET tasks, BLS figures, states and Spanish cluster files), for the Spanish student pages.</summary>
public sealed class SpanishRealSite() : SiteFactory(TestPaths.RealContent, new Dictionary<string, string> { ["Content:WatchForChanges"] = "false" });

/// <summary>
/// The student pages under /es read in Spanish in their own words, not only in the layout's: a job page (its labels,
/// figures in Spanish wording with the US number form, O*NET's English-only task list replaced by a note that links
/// to it on the English page), Jobs A–Z, the survey and its results, compare, "My clusters", a guide and a state page.
/// </summary>
public sealed partial class SpanishStudentPagesTests(SpanishRealSite site) : IClassFixture<SpanishRealSite>
{
    private const string Nurses = "/es/occupations/registered-nurses";

    [GeneratedRegex(@"^\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}$")]
    private static partial Regex SpanishDate();

    [GeneratedRegex(@"BLS, proyecciones de empleo \d{4}–\d{4}")]
    private static partial Regex ProjectionsSource();

    private async Task<IHtmlDocument> GetAsync(string path, string? cookie = null)
    {
        using var client = site.CreatePlainClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }
        using var response = await client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        return page;
    }

    private static string Text(IElement? element) => Regex.Replace(element?.TextContent ?? "", @"[ \t\r\n]+", " ").Trim(' ', '\n');

    /// <summary>The main text without the parts marked as English (content not translated yet, product names).</summary>
    private static string SpanishText(IHtmlDocument page)
    {
        var main = (IElement)page.QuerySelector("main")!.Clone();
        foreach (var english in main.QuerySelectorAll("[lang=en]").ToList())
        {
            english.Remove();
        }
        return Text(main);
    }

    private static void AssertNoEnglishChrome(IHtmlDocument page, params string[] english)
    {
        string text = SpanishText(page);
        Assert.All(english, words => Assert.DoesNotContain(words, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheJobPage_HasSpanishLabels_AndFiguresInSpanishWords_WithTheirSourcesAndYears()
    {
        var page = await GetAsync(Nurses);

        Assert.Equal("De un vistazo", Text(page.QuerySelector("#at-a-glance")));
        var labels = page.QuerySelectorAll(".glance dt").Select(Text).ToList();
        Assert.Equal("Sueldo medio", labels[0]);
        Assert.Equal("Estudios típicos para empezar", labels[1]);
        Assert.Matches(@"^Perspectivas de empleo, \d{4}–\d{4}$", labels[2]);
        Assert.Equal(["Experiencia de trabajo", "Capacitación en el trabajo"], labels[3..]);
        var glance = page.QuerySelectorAll(".glance dd").Select(Text).ToList();
        // Money the US way in both languages; "al año" and the source with its month and year in Spanish.
        Assert.Matches(@"^\$\d{1,3}(,\d{3})+ al año la mitad de quienes hacen este trabajo en EE\. UU\. gana más y la otra mitad, menos \(BLS, mayo de \d{4}\)$", glance[0]);
        Assert.Matches(ProjectionsSource(), glance[1]);
        Assert.StartsWith("Título universitario de 4 años", glance[1], StringComparison.Ordinal);
        Assert.Contains("\u00a0%", glance[2], StringComparison.Ordinal);
        Assert.Contains(" vacantes al año", glance[2], StringComparison.Ordinal);
        Assert.Matches(ProjectionsSource(), glance[2]);
        Assert.Equal("No se necesita", glance[3]);
        Assert.Equal("Ninguna aparte de los estudios", glance[4]);
        AssertNoEnglishChrome(page, "At a glance", "Median pay", "What you might do", "How to get there", "Who it suits", "Similar jobs", "Learn more", "BLS Employment Projections", "Also called");
    }

    [Fact]
    public async Task TheJobPage_ShowsNoEnglishTaskList_ButANoteInSpanish_LinkingToTheTasksOnTheEnglishPage()
    {
        var page = await GetAsync(Nurses);

        var tasks = page.QuerySelector("section[aria-labelledby=tasks]")!;
        Assert.Equal("Lo que podrías hacer", Text(tasks.QuerySelector("h2")));
        Assert.Empty(tasks.QuerySelectorAll("ul.tasks"));
        var note = tasks.QuerySelector(".onet-in-english")!;
        Assert.Equal("La lista de tareas de O*NET para este trabajo solo está en inglés: mírala en inglés.", Text(note));
        var link = note.QuerySelector("a")!;
        Assert.Equal(("/occupations/registered-nurses#tasks", "en"), (link.GetAttribute("href"), link.GetAttribute("hreflang")));
        Assert.Null(link.GetAttribute("lang"));
        // The technology students might use stays, under a Spanish heading: product names, marked as such.
        Assert.Equal("Tecnología que podrías usar", Text(tasks.QuerySelector("h3")));
        Assert.Equal("en", tasks.QuerySelector("ul.chips")!.GetAttribute("lang"));
        Assert.NotEmpty(tasks.QuerySelectorAll("ul.chips li"));
        Assert.StartsWith("Tecnología más buscada: O*NET 29.3 (USDOL/ETA, CC BY 4.0).", Text(tasks.QuerySelector(".source")), StringComparison.Ordinal);
        // O*NET's other titles are named the same way, never listed in English.
        Assert.Null(page.QuerySelector(".also-called"));
        var names = page.QuerySelector("section[aria-labelledby=about-job] .onet-in-english a")!;
        Assert.Equal("/occupations/registered-nurses#about-job", names.GetAttribute("href"));

        // The English page has what the note links to.
        using var client = site.CreatePlainClient();
        var english = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/occupations/registered-nurses", UriKind.Relative)));
        Assert.True(english.QuerySelectorAll("#tasks ~ ul.tasks li").Length >= 5);
        Assert.NotNull(english.QuerySelector("#about-job ~ .also-called"));
        Assert.Null(english.QuerySelector(".onet-in-english"));
    }

    [Fact]
    public async Task TheJobPage_WritesDatesInSpanish_AndLinksToMiProximoPaso()
    {
        var page = await GetAsync(Nurses);

        var checkedOn = page.QuerySelector(".ways-in-checked time")!;
        Assert.Matches(SpanishDate(), Text(checkedOn));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", checkedOn.GetAttribute("datetime")!);
        Assert.StartsWith("Revisado el ", Text(page.QuerySelector(".ways-in-checked")), StringComparison.Ordinal);
        var first = page.QuerySelector("section[aria-labelledby=learn-more] li a")!;
        Assert.Equal(("Mi Próximo Paso", "https://www.miproximopaso.org/profile/summary/29-1141.00"), (Text(first), first.GetAttribute("href")));
        Assert.Equal("Código O*NET-SOC 29-1141.00", Text(page.QuerySelector("p.code")));
    }

    [Fact]
    public async Task JobsAToZ_HasSpanishFilters_AndListsTheJobsInSpanishOrder()
    {
        var page = await GetAsync("/es/occupations?cluster=health-science&sort=name");

        Assert.Equal("Trabajos de la A a la Z", Text(page.QuerySelector("h1")));
        Assert.Matches(ProjectionsSource(), Text(page.QuerySelector(".lead")));
        Assert.Equal("Filtrar y ordenar", Text(page.QuerySelector(".job-filters summary")));
        Assert.Equal("Ciencias de la Salud", Text(page.QuerySelector("#filter-cluster option[selected]")));
        Assert.Equal(["Nombre (de la A a la Z)", "Sueldo medio (el más alto primero)", "Crecimiento (el más rápido primero)"], page.QuerySelectorAll("#filter-sort option").Select(Text));
        Assert.Contains("Título universitario de 4 años", page.QuerySelectorAll("#filter-education option").Select(Text));
        Assert.Matches(@"^\d+ de \d{1,3}(,\d{3})* trabajos coinciden\.$", Text(page.QuerySelector("p[role=status]")));
        Assert.Equal("Letras", page.QuerySelector("nav.letters")!.GetAttribute("aria-label"));
        // Translated titles (no lang) and English ones (lang="en") are filed together, accents folded ("Á" with "A").
        var titles = page.QuerySelectorAll(".all-jobs li > a").Select(a => a.TextContent).ToList();
        Assert.True(titles.Count > 50);
        Assert.Equal(titles.OrderBy(t => TitleOrder.Key(t, "es"), StringComparer.Ordinal), titles);
        AssertNoEnglishChrome(page, "Filter and sort", "Show jobs", "Back to the letters", "a year", "faster than average");
    }

    [Fact]
    public async Task TheSurveyForm_IsInSpanish_AndGivesItsScriptSpanishWords()
    {
        var page = await GetAsync("/es/survey");

        Assert.Equal("¿Qué grupos de carreras van contigo?", Text(page.QuerySelector("h1")));
        Assert.Equal("Cosas que te gusta hacer (1 de 3)", Text(page.QuerySelector("fieldset.survey-step legend")));
        var form = page.QuerySelector("form#survey-form")!;
        Assert.Equal(("Atrás", "Siguiente", "Parte {0} de {1}", "{0} frases marcadas hasta ahora", "1 frase marcada hasta ahora"),
            (form.GetAttribute("data-back"), form.GetAttribute("data-next"), form.GetAttribute("data-part"), form.GetAttribute("data-ticked"), form.GetAttribute("data-ticked-one")));
        Assert.Contains("Un título universitario de 4 años (bachelor's degree)", page.QuerySelectorAll("#survey-education label").Select(Text));
        Assert.Equal("Sugerencias", page.QuerySelector("input[data-suggest]")!.GetAttribute("data-suggest-label"));
    }

    [Fact]
    public async Task TheSurveyResults_AreInSpanish()
    {
        using var client = site.CreatePlainClient();
        var survey = await GetAsync("/es/survey");
        string version = survey.QuerySelector("input[name=v]")!.GetAttribute("value")!;
        var ticks = survey.QuerySelectorAll("input[name=s]").Take(40).Select(box => "s=" + box.GetAttribute("value"));
        using var sent = await client.GetAsync(new Uri($"/es/survey/results?v={version}&{string.Join("&", ticks)}&after=bachelors", UriKind.Relative));
        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        string result = sent.Headers.Location!.OriginalString;
        Assert.StartsWith("/es/survey/results/", result, StringComparison.Ordinal);

        var page = await GetAsync(result);

        Assert.Equal("Los resultados de tu cuestionario", Text(page.QuerySelector("h1")));
        Assert.Equal("Marcaste 40 frases. Cada grupo recibe un puntaje según la parte de sus propias frases que marcaste.", Text(page.QuerySelector(".lead")));
        Assert.Matches(@"^Tus \d grupos principales$", Text(page.QuerySelector("#top-matches")));
        Assert.All(page.QuerySelectorAll(".match-share").Select(Text), share => Assert.Matches(@"^Marcaste \d+ de sus \d+ frases \(\d+\u00a0%\)\.$", share));
        Assert.Contains("Trabajos que suelen empezar con un título universitario de 4 años (bachelor's degree):", page.QuerySelectorAll(".said-title").Select(Text));
        Assert.Equal("Guarda este resultado o envíaselo a tu consejero o consejera", Text(page.QuerySelector("#share-panel-title")));
        Assert.Equal("Enviar a mi clase", Text(page.QuerySelector(".send-callout h3")));
        Assert.Equal("Código de la clase", Text(page.QuerySelector("label[for=class-code]")));
        AssertNoEnglishChrome(page, "Your top", "You said", "Its pathways", "Jobs that usually start", "a year", "Add all", "statements");
    }

    [Fact]
    public async Task CompareClusters_IsInSpanish_WithTheClustersSpanishWords()
    {
        var page = await GetAsync("/es/compare?clusters=health-science,information-technology");

        Assert.Equal("Compara 2 grupos de carreras lado a lado", Text(page.QuerySelector("h1")));
        var first = page.QuerySelector(".compare-item")!;
        Assert.Equal("Ciencias de la Salud", Text(first.QuerySelector("h2")));
        Assert.Null(first.QuerySelector("h2 a")!.GetAttribute("lang"));
        Assert.Equal(["Sueldo", "Perspectivas de empleo", "Estudios típicos para empezar", "En qué consiste el trabajo", "Dónde se trabaja", "Trabajos destacados", "Habilidades que vas a desarrollar"],
            first.QuerySelectorAll(".compare-row h3").Select(h => Regex.Replace(Text(h), @", \d{4}–\d{4}$", "")));
        Assert.Contains("(BLS, mayo de", Text(first.QuerySelector(".compare-pay .source")), StringComparison.Ordinal);
        AssertNoEnglishChrome(page, "side by side", "Job outlook", "Featured jobs", "a year", "Read more about");
    }

    [Fact]
    public async Task CompareJobs_IsInSpanish_AndLinksToTheTasksInEnglish()
    {
        var page = await GetAsync("/es/compare/jobs?j=registered-nurses,electricians");

        Assert.Equal("Compara 2 trabajos lado a lado", Text(page.QuerySelector("h1")));
        Assert.DoesNotContain(page.QuerySelectorAll(".compare-row .compact-list li"), li => li.Closest(".compare-row")!.QuerySelector("h3")!.TextContent == "Lo que podrías hacer");
        var notes = page.QuerySelectorAll(".onet-in-english a").Select(a => (a.GetAttribute("href"), a.GetAttribute("hreflang"))).ToList();
        Assert.Equal([("/occupations/registered-nurses#tasks", "en"), ("/occupations/electricians#tasks", "en")], notes);
        Assert.Contains("Un programa de aprendizaje (apprenticeship): trabajo pagado y clases a la vez, muchas veces durante varios años",
            page.QuerySelectorAll(".compare-row p").Select(Text));
        AssertNoEnglishChrome(page, "Median pay", "Work experience", "Training on the job", "None needed", "Who it suits");
    }

    [Fact]
    public async Task MyClusters_AndASharedShortlist_AreInSpanish_WithTheClustersSpanishNames()
    {
        var page = await GetAsync("/es/my-clusters", $"{ShortlistState.CookieName}=health-science.information-technology~manufacturing");

        Assert.Equal("Mis grupos", Text(page.QuerySelector("h1")));
        Assert.Equal("Tu lista", Text(page.QuerySelector("#shortlist-title")));
        Assert.Equal("Ciencias de la Salud", Text(page.QuerySelector(".card-title a")));
        Assert.Equal("Manufactura", Text(page.QuerySelector(".set-aside-list a")));
        var link = page.QuerySelector("input#share-link")!;
        Assert.StartsWith("http://localhost/es/my-clusters?c=", link.GetAttribute("value"), StringComparison.Ordinal);
        Assert.Equal(("Copiar enlace", "Copiado ✓", "Enlace copiado."), (link.GetAttribute("data-copy"), link.GetAttribute("data-copied"), link.GetAttribute("data-copied-status")));

        var shared = await GetAsync("/es/my-clusters?c=health-science,information-technology");
        Assert.Equal("Una lista compartida", Text(shared.QuerySelector("h1")));
        Assert.Equal(["Ciencias de la Salud", "Tecnología de la Información"], shared.QuerySelectorAll(".card-title a").Select(Text));
        Assert.Equal("Guardarlos en mi lista", Text(shared.QuerySelector(".actions button")));
    }

    [Fact]
    public async Task AGuide_AndTheGuides_AreInSpanish()
    {
        var page = await GetAsync("/es/guides/what-is-a-career-cluster");

        Assert.Equal("Guía", Text(page.QuerySelector(".eyebrow")));
        Assert.Equal("Más guías", Text(page.QuerySelector("#more-guides")));
        Assert.Equal("En esta página", Text(page.QuerySelector(".toc-title")));
        var guides = await GetAsync("/es/guides");
        Assert.Equal("Respuestas cortas a las grandes preguntas sobre los grupos de carreras.", Text(guides.QuerySelector(".lead")));
    }

    [Fact]
    public async Task AStatePage_IsInSpanish_AndItsLinksSearchByTheJobsEnglishTitle()
    {
        var page = await GetAsync("/es/state/texas?job=registered-nurses");

        Assert.StartsWith("Dónde encontrar sueldos, licencias y programas de aprendizaje de ", Text(page.QuerySelector(".lead")), StringComparison.Ordinal);
        var links = page.QuerySelectorAll(".state-links > li > a").Select(a => Text(a).TrimEnd('↗', ' ')).ToList();
        Assert.Equal(["Sueldos en Texas", "Licencias en Texas", "Programas de aprendizaje en Texas"], links.Take(3));
        // Another site searches by the O*NET title, whatever the page's language.
        Assert.Contains("keyword=Registered%20Nurses", page.QuerySelectorAll(".state-links a")[0].GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("Texas es mi estado", Text(page.QuerySelector(".state-current button")));
        AssertNoEnglishChrome(page, "Another website", "Make Texas", "Pick another state", "Back to");
    }
}

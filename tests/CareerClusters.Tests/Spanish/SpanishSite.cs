using CareerClusters.Tests.Support;
using CareerClusters.Web.Features.Admin;

namespace CareerClusters.Tests.Spanish;

/// <summary>
/// The test content with a little Spanish: the home page and Health Science have their .es.md files, everything else
/// (its pathways, every job, the guide, the other cluster) has none yet. Built from a copy, so the shared test content
/// stays English-only. The admin area is on, to read its count of pages without Spanish.
/// </summary>
public sealed class SpanishSite : SiteFactory
{
    public const string AdminPasswordText = "correct horse battery staple";

    private readonly ContentCopy _content;

    public SpanishSite() : this(WithSpanish(new ContentCopy()))
    {
    }

    private SpanishSite(ContentCopy content)
        : base(content.Path, new Dictionary<string, string> { ["Admin:PasswordHash"] = AdminPassword.Hash(AdminPasswordText), ["Content:WatchForChanges"] = "false" }) =>
        _content = content;

    /// <summary>Adds the Spanish home page and Health Science to a copy of the test content.</summary>
    public static ContentCopy WithSpanish(ContentCopy content) => content
        .Write("home.es.md", """
            ---
            title: "Inicio de prueba"
            summary: "Un pequeño conjunto de contenido para las pruebas."
            ---
            Te damos la bienvenida al sitio de prueba. Mira [los grupos de carreras](/clusters).
            """)
        .Write("clusters/health-science.es.md", """
            ---
            title: "Ciencias de la Salud"
            summary: "Quienes trabajan en ciencias de la salud cuidan a los pacientes."
            is_this_you:
              activities:
                - "Me gusta ayudar a que la gente se sienta mejor."
              qualities:
                - "Mantengo la calma."
              subjects:
                - "Me gusta la biología."
            ---
            ## Resumen
            El personal de salud cuida a las personas. Mira [enfermería](/clusters/health-science/therapeutic-services).

            ## Dónde se trabaja
            Hospitales y clínicas.

            | Grado | Ciencias |
            |---|---|
            | 9 | Biología |
            """);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _content.Dispose();
    }
}

using CareerClusters.Tests.Students;
using CareerClusters.Tests.Support;

namespace CareerClusters.Tests.Spanish;

/// <summary>
/// The students' test content (statements in two clusters) with Spanish for Health Science only, its statements
/// included, and Registered Nurses with checked steps in, in both languages: Information Technology's statements
/// have no Spanish yet.
/// </summary>
public sealed class SpanishSurveySite : SiteFactory
{
    private readonly ContentCopy _content;

    public SpanishSurveySite() : this(WithStepsIn(SpanishSite.WithSpanish(StudentSite.MakeContent())))
    {
    }

    private SpanishSurveySite(ContentCopy content) : base(content.Path) => _content = content;

    private static ContentCopy WithStepsIn(ContentCopy content) => content
        .Edit("occupations/registered-nurses.md", "education: bachelors-degree\n", """
            education: bachelors-degree
            ways_in:
              checked: 2026-12-06
              steps:
                - "Take biology and chemistry in high school."
                - "Pass the NCLEX-RN exam."
              license: "NCLEX-RN, from the NCSBN."
              sources:
                - "National Council of State Boards of Nursing (NCSBN)"

            """)
        .Write("occupations/registered-nurses.es.md", """
            ---
            title: "Enfermeros registrados"
            ways_in:
              steps:
                - "En la secundaria, toma biología y química."
                - "Aprueba el examen NCLEX-RN."
              license: "NCLEX-RN, del NCSBN."
            ---
            Cuidas a los pacientes y les enseñas sobre su salud.
            """);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _content.Dispose();
        }
    }
}

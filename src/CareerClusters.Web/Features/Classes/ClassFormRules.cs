using System.Text;
using CareerClusters.Web.Data.UserData;

namespace CareerClusters.Web.Features.Classes;

/// <summary>A form's problem: its English text, which is the key of the text catalogue, and the values it names.</summary>
public sealed record ClassFormProblem(string Text, params object[] Values);

/// <summary>The checks of the class forms: text is tidied (control characters out, runs of spaces as one) and then measured against the database's column sizes.</summary>
public static class ClassFormRules
{
    public static (string Title, ClassFormProblem? Problem) CheckTitle(string? title)
    {
        string clean = Tidy(title);
        return (clean, clean.Length == 0 ? new("Give the class a name.")
            : clean.Length > ClassBoard.MaxTitle ? new("The name can be at most {0} characters.", ClassBoard.MaxTitle)
            : null);
    }

    /// <summary>A student's first name or initials: optional, short.</summary>
    public static (string Name, ClassFormProblem? Problem) CheckName(string? name)
    {
        string clean = Tidy(name);
        return (clean, clean.Length > ClassEntry.MaxName ? new("Write at most {0} characters: a first name or initials.", ClassEntry.MaxName) : null);
    }

    private static string Tidy(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var tidy = new StringBuilder(Math.Min(text.Length, 1000));
        foreach (char c in text.AsSpan(0, Math.Min(text.Length, 1000)))
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (tidy.Length > 0 && tidy[^1] != ' ')
                {
                    tidy.Append(' ');
                }
            }
            else
            {
                tidy.Append(c);
            }
        }
        return tidy.ToString().Trim();
    }
}

using System.Globalization;
using System.Text;
using CareerClusters.Web.Features.Shared;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Classes;

/// <summary>
/// A class's entries as a CSV file for a spreadsheet: one row per student, quoted where needed (RFC 4180), and a
/// name that starts like a formula (=, +, -, @, tab) made plain text with a leading apostrophe, so opening the file
/// never runs what a student typed. UTF-8 with a byte-order mark, which Excel needs to read accents.
/// </summary>
public static class ClassCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] Write(ClassBoardDetails board, string baseUrl, IStringLocalizer<SiteText> text)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            InjectionOptions = InjectionOptions.Escape,
            NewLine = "\r\n",
        };
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(output, configuration))
        {
            foreach (string header in new[] { text["Number"], text["Name"], text["Top cluster 1"], text["Top cluster 2"], text["Top cluster 3"], text["Result link"], text["Sent (UTC)"] })
            {
                csv.WriteField(header);
            }
            csv.NextRecord();
            foreach (var entry in board.Entries)
            {
                csv.WriteField(entry.Number.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(entry.Name);
                for (int i = 0; i < 3; i++)
                {
                    csv.WriteField(i < entry.Top.Count ? entry.Top[i].Title : "");
                }
                csv.WriteField(baseUrl + entry.ResultPath);
                csv.WriteField(entry.SentUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
                csv.NextRecord();
            }
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(output.ToString())];
    }

    /// <summary>"class-K7M4PX.csv".</summary>
    public static string FileName(string joinCode) => $"class-{joinCode}.csv";
}

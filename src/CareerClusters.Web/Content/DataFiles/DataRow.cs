using System.Globalization;
using System.Text.RegularExpressions;
using CareerClusters.Web.Data;
using CsvHelper;

namespace CareerClusters.Web.Content.DataFiles;

/// <summary>One data row: its fields by column name, with checks that report the file and line.</summary>
internal sealed partial class DataRow(CsvReader csv, string file, int line, List<ContentProblem> problems)
{
    public string File => file;

    public int Line => line;

    public string this[string column] => csv.GetField(column)?.Trim() ?? "";

    /// <summary>A column the file may leave out: its value, or "" when the header has no such column.</summary>
    public string Optional(string column) => csv.HeaderRecord?.Contains(column) == true ? this[column] : "";

    /// <summary>The row's O*NET-SOC code, recorded once per row in <see cref="OccupationData.OnetCodes"/> so the validator can check it names an occupation.</summary>
    public string OnetCode(OccupationData data, string column = OnetTable.CodeColumn)
    {
        string code = this[column];
        if (!OccupationCode.Pattern().IsMatch(code))
        {
            Problem($"\"{code}\" in column \"{column}\" is not an O*NET-SOC code like 29-1141.00");
        }
        else if (data.OnetCodes.Count == 0 || data.OnetCodes[^1].Line != line || data.OnetCodes[^1].File != file)
        {
            data.OnetCodes.Add(new CodeReference(file, line, code));
        }
        return code;
    }

    public string? SocCode(string column)
    {
        string code = this[column];
        if (SocCodePattern().IsMatch(code))
        {
            return code;
        }
        Problem($"\"{code}\" in column \"{column}\" is not a SOC code like 29-1141");
        return null;
    }

    public int? WholeNumber(string column, int lowest, int highest)
    {
        string text = this[column];
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= lowest && value <= highest)
        {
            return value;
        }
        Problem($"\"{text}\" in column \"{column}\" is not a whole number{(highest < 1000 ? $" from {lowest} to {highest}" : "")}");
        return null;
    }

    public double? Number(string column)
    {
        string text = this[column];
        if (double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value))
        {
            return value;
        }
        Problem($"\"{text}\" in column \"{column}\" is not a number");
        return null;
    }

    private void Problem(string message) => problems.Add(new ContentProblem(file, line, 1, message));

    [GeneratedRegex(@"^\d{2}-\d{4}$")]
    private static partial Regex SocCodePattern();
}

namespace CareerClusters.Web.Content.DataFiles;

/// <summary>O*NET's task_statements.tsv: the first core tasks of each occupation.</summary>
internal static class OnetTasksReader
{
    public const string FileName = "task_statements.tsv";
    private const int MostTasks = 8;

    public static void Read(string contentPath, OccupationData data, List<ContentProblem> problems) =>
        OnetTable.Read(contentPath, FileName, ["Task", "Task Type"], problems, row =>
        {
            var tasks = OnetTable.ListOf(data.Tasks, row.OnetCode(data));
            if (row["Task Type"] == "Core" && tasks.Count < MostTasks)
            {
                tasks.Add(row["Task"]);
            }
        });
}

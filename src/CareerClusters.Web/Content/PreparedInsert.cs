using System.Data.Common;

namespace CareerClusters.Web.Content;

/// <summary>One prepared INSERT, run once per row.</summary>
internal sealed class PreparedInsert : IAsyncDisposable
{
    private readonly DbCommand _command;

    public PreparedInsert(DbConnection connection, string table, params string[] columns)
    {
        _command = connection.CreateCommand();
        _command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        for (int i = 0; i < columns.Length; i++)
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = $"$p{i}";
            _command.Parameters.Add(parameter);
        }
    }

    public async Task RunAsync(CancellationToken cancellationToken, params object?[] values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            _command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
        await _command.ExecuteNonQueryAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}

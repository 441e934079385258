using System.Data.Common;

namespace Atalaya.Storage.Workbench.Queries;

/// <summary>WHERE clauses and their parameters, gathered one condition at a time; values are always parameters, never spliced.</summary>
internal sealed class SqlWhere
{
    private readonly List<string> conditions = [];
    private readonly List<(string Name, object Value)> parameters = [];

    public SqlWhere Add(string condition, params (string Name, object? Value)[] values)
    {
        conditions.Add(condition);
        foreach (var (name, value) in values)
        {
            parameters.Add((name, value ?? DBNull.Value));
        }

        return this;
    }

    public bool IsEmpty => conditions.Count == 0;

    public override string ToString() => conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);

    /// <summary>The conditions joined with AND after an existing WHERE, or empty.</summary>
    public string And => conditions.Count == 0 ? "" : "AND " + string.Join(" AND ", conditions);

    public void CopyParametersTo(SqlWhere other)
    {
        ArgumentNullException.ThrowIfNull(other);
        other.parameters.AddRange(parameters);
    }

    public void Bind(DbCommand command)
    {
        foreach (var (name, value) in parameters)
        {
            Sql.Bind(command, name, value);
        }
    }
}

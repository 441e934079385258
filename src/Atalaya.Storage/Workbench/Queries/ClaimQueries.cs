using Atalaya.Core.Contract;
using Atalaya.Storage.Workbench;
using System.Data.Common;

namespace Atalaya.Storage.Workbench.Queries;

/// <summary>Claims and conflicts, by subject (and attribute), in the order consolidation wrote them.</summary>
internal static class ClaimQueries
{
    public static PageOf<ContractClaim> Claims(WorkbenchDb db, string? subject, string? attribute, Paging paging)
    {
        var where = new SqlWhere();
        if (subject is not null)
        {
            where.Add("subject = @subject", ("@subject", subject));
        }

        if (attribute is not null)
        {
            where.Add("attribute = @attribute", ("@attribute", attribute));
        }

        return Paged(db, "corpus_claims", where, paging, ContractJsonContext.Default.ContractClaim);
    }

    public static PageOf<ContractConflict> Conflicts(WorkbenchDb db, string? subject, Paging paging)
    {
        var where = new SqlWhere();
        if (subject is not null)
        {
            where.Add("subject = @subject", ("@subject", subject));
        }

        return Paged(db, "corpus_conflicts", where, paging, ContractJsonContext.Default.ContractConflict);
    }

    private static PageOf<T> Paged<T>(WorkbenchDb db, string table, SqlWhere where, Paging paging, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        var total = Sql.Count(db, $"SELECT COUNT(*) FROM {table} {where}", where);
        var items = Sql.Rows(
            db,
            $"SELECT json FROM {table} {where} ORDER BY seq LIMIT @limit OFFSET @offset",
            r => ContractRows.Parse(r.GetString(0), type),
            where,
            ("@limit", paging.PageSize),
            ("@offset", paging.Offset));
        return new PageOf<T>(total, paging.Page, paging.PageSize, items);
    }
}

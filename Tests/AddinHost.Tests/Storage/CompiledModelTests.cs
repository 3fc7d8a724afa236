using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using OutlookReferralAddin.AddinHost.Storage;

namespace OutlookReferralAddin.AddinHost.Tests.Storage;

/// <summary>
/// The host runs on the compiled models in Storage/CompiledModels (building the model at every start was the largest
/// single cost of a cold start, issue #20). A compiled model is a copy: when an entity or OnModelCreating changes and
/// nobody re-runs <c>dotnet ef dbcontext optimize</c>, the host would silently keep the old mapping. These tests compare
/// each compiled model with the model EF Core builds from the code (the design-time model never uses the compiled one).
/// Regenerate with the commands in AddinHost/Storage/CompiledModels/README.md.
/// </summary>
public sealed class CompiledModelTests
{
    public static TheoryData<string> Contexts => [nameof(SqliteReferralsDbContext), nameof(PostgresReferralsDbContext)];

    [Theory]
    [MemberData(nameof(Contexts))]
    public void CompiledModel_SameTablesAndColumnsAsCode(string context)
    {
        using var db = Create(context);
        var (compiled, fromCode) = Models(db);

        Assert.Equal(Tables(fromCode.GetRelationalModel()), Tables(compiled.GetRelationalModel()));
    }

    [Theory]
    [MemberData(nameof(Contexts))]
    public void CompiledModel_SameConvertersAndFiltersAsCode(string context)
    {
        using var db = Create(context);
        var (compiled, fromCode) = Models(db);

        Assert.Equal(Describe(fromCode), Describe(compiled));
    }

    private static ReferralsDbContext Create(string context) => context == nameof(SqliteReferralsDbContext)
        ? new SqliteReferralsDbContextFactory().CreateDbContext([])
        : new PostgresReferralsDbContextFactory().CreateDbContext([]);

    private static (IModel Compiled, IModel FromCode) Models(ReferralsDbContext db)
    {
        Assert.IsAssignableFrom<RuntimeModel>(db.Model);
        Assert.Contains("CompiledModels", db.Model.GetType().FullName, StringComparison.Ordinal);
        return (db.Model, db.GetService<IDesignTimeModel>().Model);
    }

    /// <summary>The schema as the migrations see it (the migrations differ reads settings a compiled model does not keep).</summary>
    private static List<string> Tables(IRelationalModel model) =>
    [
        .. model.Tables.OrderBy(t => t.Name, StringComparer.Ordinal).SelectMany(t => t.Columns
            .Select(c => $"{t.Name}.{c.Name}: {c.StoreType} {c.IsNullable}")
            .Concat(t.Indexes.Select(i => $"{t.Name} index {i.Name}: {string.Join(',', i.Columns.Select(c => c.Name))} {i.IsUnique} {i.Filter}"))
            .Concat(t.UniqueConstraints.Select(k => $"{t.Name} key {k.Name}: {string.Join(',', k.Columns.Select(c => c.Name))}"))
            .Concat(t.ForeignKeyConstraints.Select(f => $"{t.Name} fk {f.Name}: {f.PrincipalTable.Name} {f.OnDeleteAction}"))
            .Order(StringComparer.Ordinal)),
    ];

    /// <summary>What the schema does not show: how values are converted and compared, declared lengths (SQLite types carry none), which rows a query filters out.</summary>
    private static List<string> Describe(IModel model) =>
    [
        .. model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal).SelectMany(e => e.GetProperties()
            .Select(p => $"{e.Name}.{p.Name}: {p.ClrType.Name} {p.GetValueConverter()?.GetType().Name} {Comparer(p.GetValueComparer())} {p.IsNullable} {p.GetMaxLength()}")
            .Append($"{e.Name} filter: {e.GetDeclaredQueryFilters().Count}")),
    ];

    /// <summary>
    /// A comparer EF Core picks for the type by default, or what else it is. The compiled model writes the default ones
    /// out as <c>ValueComparer&lt;T&gt;</c> with their expressions compiled ahead (--nativeaot), which is the same comparison.
    /// </summary>
    private static string Comparer(ValueComparer comparer) => comparer.GetType().Name switch
    {
        "ValueComparer`1" or "DefaultDateTimeOffsetValueComparer" => "default",
        var name when name.StartsWith("DefaultValueComparer", StringComparison.Ordinal) => "default",
        var name => name,
    };
}

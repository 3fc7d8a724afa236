using OutlookReferralAddin.Core.Validation;

namespace OutlookReferralAddin.AddinHost.Infrastructure;

/// <summary>
/// The query-string ranges of the paged lists. A date filter is a day between 2000 and 2100 (the register starts in
/// 2024; "to=9999-12-31" once overflowed to a 500). A page number beyond <see cref="MaxPage"/> is refused rather than
/// multiplied into an overflow that wrapped back to page 1; a page beyond the last within it is simply empty.
/// </summary>
internal static class QueryLimits
{
    public const int MaxPage = 100_000;
    private const int MinYear = 2000;
    private const int MaxYear = 2100;

    public static void CheckDate(string field, DateOnly? date, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (date is { Year: < MinYear or > MaxYear })
        {
            errors.Add(new FieldError(field, "date_out_of_range", $"Geef een datum tussen {MinYear} en {MaxYear}."));
        }
    }

    public static void CheckPage(int? page, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (page is < 1 or > MaxPage)
        {
            errors.Add(new FieldError("page", "page_out_of_range", $"Het paginanummer ligt tussen 1 en {MaxPage}."));
        }
    }

    /// <summary>The rows to skip, in <see cref="long"/> arithmetic so that no page number wraps around.</summary>
    public static int Skip(int page, int size) => (int)Math.Min(int.MaxValue, ((long)page - 1) * size);
}

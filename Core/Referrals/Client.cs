namespace OutlookReferralAddin.Core.Referrals;

/// <summary>
/// The validated, normalised client: exactly what article 3 of the protocols allows to be shared
/// (first name and name; address, phone number, e-mail address) and nothing else.
/// At least one of <see cref="Phone"/> (E.164) and <see cref="Email"/> is present.
/// </summary>
public sealed record Client(
    string GivenName,
    string FamilyName,
    Address Address,
    string? Phone,
    string? Email);

/// <summary>A Belgian postal address; <see cref="Country"/> is always BE.</summary>
public sealed record Address(
    string Street,
    string HouseNumber,
    string? Box,
    string PostalCode,
    string Municipality)
{
    public string Country { get; } = "BE";
}

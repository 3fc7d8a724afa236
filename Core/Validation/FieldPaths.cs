namespace OutlookReferralAddin.Core.Validation;

/// <summary>The camelCase JSON paths of the referral request body that errors point at.</summary>
public static class FieldPaths
{
    public const string Client = "client";
    public const string GivenName = "client.givenName";
    public const string FamilyName = "client.familyName";
    public const string Street = "client.address.street";
    public const string HouseNumber = "client.address.houseNumber";
    public const string Box = "client.address.box";
    public const string PostalCode = "client.address.postalCode";
    public const string Municipality = "client.address.municipality";
    public const string Phone = "client.phone";
    public const string Email = "client.email";
    public const string Consent = "consent";
    public const string ConsentInformed = "consent.informed";
    public const string ConsentGiven = "consent.given";
    public const string ConsentMethod = "consent.method";
    public const string ConsentDate = "consent.date";
    public const string ConsentStatementVersion = "consent.statementVersion";
}

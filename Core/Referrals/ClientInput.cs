namespace OutlookReferralAddin.Core.Referrals;

/// <summary>The client as the worker typed it: every field may be missing or malformed.</summary>
public sealed record ClientInput(
    string? GivenName,
    string? FamilyName,
    AddressInput? Address,
    string? Phone,
    string? Email);

/// <summary>A Belgian address as typed.</summary>
public sealed record AddressInput(
    string? Street,
    string? HouseNumber,
    string? Box,
    string? PostalCode,
    string? Municipality);

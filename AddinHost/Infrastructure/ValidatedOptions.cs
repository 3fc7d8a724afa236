using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace OutlookReferralAddin.AddinHost.Infrastructure;

/// <summary>
/// Options bound from a configuration section and validated on start with DataAnnotations, each failure naming its
/// configuration path (<c>Graph:BaseUrl: ...</c>) so a wrong setting is found at boot, not at the first send.
/// </summary>
internal static class ValidatedOptions
{
    /// <summary>
    /// After <c>BindConfiguration(section)</c> at the call site, where the type is known: there the configuration binding
    /// generator replaces the binder's reflection with code written at compile time (#20); a generic helper would hide it.
    /// </summary>
    public static OptionsBuilder<T> ValidatedOnStart<T>(this OptionsBuilder<T> builder, string section)
        where T : class
    {
        builder.Services.AddSingleton<IValidateOptions<T>>(new SectionValidator<T>(section));
        return builder.ValidateOnStart();
    }

    private sealed class SectionValidator<T>(string section) : IValidateOptions<T>
        where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options)
        {
            var results = new List<ValidationResult>();
            if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
            {
                return ValidateOptionsResult.Success;
            }

            return ValidateOptionsResult.Fail(results.Select(r =>
                $"{section}:{string.Join(',', r.MemberNames)}: {r.ErrorMessage}"));
        }
    }
}

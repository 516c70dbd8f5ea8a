using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lettings.Web.Admin.Users;

/// <summary>Shows Identity's errors beside the field they are about (username, email, password), others above the form.</summary>
internal static class IdentityErrorFields
{
    public static void AddTo(ModelStateDictionary modelState, IdentityResult result, string conflictMessage)
    {
        foreach (var error in result.Errors)
        {
            var (key, message) = error.Code switch
            {
                nameof(IdentityErrorDescriber.ConcurrencyFailure) => ("", conflictMessage),
                var code when code.Contains("UserName", StringComparison.Ordinal) => ($"Form.{nameof(UserForm.UserName)}", error.Description),
                var code when code.Contains("Email", StringComparison.Ordinal) => ($"Form.{nameof(UserForm.Email)}", error.Description),
                var code when code.StartsWith("Password", StringComparison.Ordinal) => ($"Form.{nameof(UserForm.NewPassword)}", error.Description),
                _ => ("", error.Description),
            };
            modelState.AddModelError(key, message);
        }
    }
}

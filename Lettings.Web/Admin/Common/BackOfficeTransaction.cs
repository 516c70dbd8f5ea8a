using System.Runtime.ExceptionServices;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Lettings.Web.Admin.Common;

/// <summary>
/// Runs every back-office POST in one database transaction, so a change and the recent action recording it are
/// stored together or not at all. It commits when the page ran without an exception and accepted its input: a
/// page that refuses the input after part of the change was written (Identity saves the account, then refuses the
/// password) leaves nothing behind.
/// </summary>
/// <remarks>
/// The transaction goes through the context's execution strategy, which a retrying strategy requires of a
/// transaction the code opens itself. Only opening it is retried: once the page has run, a failure goes to the
/// error page, because running the page again could write its change twice.
/// </remarks>
internal sealed class BackOfficeTransaction : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            await next();
            return;
        }

        var database = context.HttpContext.RequestServices.GetRequiredService<LettingsDbContext>().Database;
        ExceptionDispatchInfo? failure = null;
        await database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            var transaction = await database.BeginTransactionAsync(context.HttpContext.RequestAborted);
            try
            {
                await using (transaction)
                {
                    var executed = await next();
                    if (executed.Exception is null && context.ModelState.IsValid)
                    {
                        await transaction.CommitAsync();
                    }
                }
            }
            catch (Exception exception)
            {
                failure = ExceptionDispatchInfo.Capture(exception);
            }
        });
        failure?.Throw();
    }
}

using System.Data.Common;
using Lettings.Web.Transfer.Loading;

namespace Lettings.Web.Commands;

/// <summary>How the transfer commands end: the report on standard output, a refusal on standard error.</summary>
internal static class TransferCommandOutput
{
    public static async Task<int> RunAsync(Func<Task> work)
    {
        try
        {
            await work();
            return 0;
        }
        catch (TransferRefusedException refused)
        {
            await Console.Error.WriteLineAsync(refused.Message);
            foreach (var problem in refused.Problems)
            {
                await Console.Error.WriteLineAsync($"  - {problem}");
            }

            return CommandRunner.Refused;
        }
        catch (DbUpdateException failed)
        {
            // The checks should have caught it; if the database still says no, say what it said.
            await Console.Error.WriteLineAsync($"The database refused a record: {(failed.InnerException ?? failed).Message} Nothing was written.");
            return CommandRunner.Refused;
        }
        catch (DbException failed)
        {
            await Console.Error.WriteLineAsync($"The database failed: {failed.Message} Nothing was written.");
            return CommandRunner.Refused;
        }
    }
}

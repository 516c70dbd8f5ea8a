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
    }
}

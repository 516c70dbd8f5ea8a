using System.Text;

namespace Lettings.Tests.Infrastructure;

/// <summary>How a command ended: its exit code and everything it wrote.</summary>
public sealed record CommandResult(int ExitCode, string Output, string Error)
{
    public override string ToString()
    {
        var text = new StringBuilder().Append("exit ").Append(ExitCode).AppendLine();
        return text.AppendLine(Output).AppendLine(Error).ToString();
    }
}

namespace Lettings.Tests.Delivery;

/// <summary>
/// A throw-away folder holding copies of some of the repository's files, where a shell script of the repository
/// runs against fake programs (a <c>docker</c>, a <c>dotnet</c>) placed first on its PATH. A fake is a bash script;
/// every fake appends its arguments to <c>calls/PROGRAM</c>, so a test can tell what the script asked of it.
/// </summary>
public sealed class ScriptSandbox : IDisposable
{
    private ScriptSandbox(string root) => Root = root;

    public string Root { get; }

    public string FakeBin => Path.Combine(Root, ".fake", "bin");

    /// <summary>A sandbox with copies of these repository files and folders (paths from the repository's root).</summary>
    public static ScriptSandbox WithCopiesOf(params string[] paths)
    {
        var sandbox = new ScriptSandbox(Directory.CreateTempSubdirectory("lettings-script-").FullName);
        Directory.CreateDirectory(sandbox.FakeBin);
        Directory.CreateDirectory(sandbox.PathOf(".fake/calls"));
        foreach (var path in paths)
        {
            var source = RepositoryFiles.PathOf(path);
            if (Directory.Exists(source))
            {
                foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
                {
                    sandbox.CopyFile(file, Path.GetRelativePath(RepositoryFiles.Root, file));
                }
            }
            else
            {
                sandbox.CopyFile(source, path);
            }
        }

        return sandbox;
    }

    public string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    /// <summary>Writes a file of the sandbox, executable, replacing the copy if there is one.</summary>
    public string Write(string relativePath, string content)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.ReplaceLineEndings("\n"));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }

    /// <summary>A fake program on the script's PATH: <paramref name="body"/> is bash, with the arguments in <c>$@</c>.</summary>
    public string Fake(string program, string body) =>
        Write($".fake/bin/{program}", $"#!/usr/bin/env bash\nprintf '%s\\n' \"$*\" >>\"{PathOf($".fake/calls/{program}")}\"\n{body}\n");

    /// <summary>The argument lines of every call a fake received, in order.</summary>
    public IReadOnlyList<string> Calls(string program)
    {
        var path = PathOf($".fake/calls/{program}");
        return File.Exists(path) ? File.ReadAllLines(path) : [];
    }

    /// <summary>Runs a script of the sandbox with bash, the fakes first on PATH, from the sandbox's root.</summary>
    public Task<CommandResult> RunAsync(string script, IReadOnlyDictionary<string, string?>? environment = null, params string[] args)
    {
        var variables = new Dictionary<string, string?>(environment ?? new Dictionary<string, string?>());
        variables["PATH"] = $"{FakeBin}:{(variables.TryGetValue("PATH", out var path) ? path : Environment.GetEnvironmentVariable("PATH"))}";
        var info = ProcessRunner.StartInfo("bash", [script, .. args], variables, Root);
        return ProcessRunner.RunAsync(info, TimeSpan.FromMinutes(1));
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private void CopyFile(string source, string relativePath)
    {
        var target = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(source, target);
    }
}

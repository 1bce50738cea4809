using System.Diagnostics;

namespace GeoNeeds.Bench.EndToEnd;

/// <summary>The <c>geoneeds</c> command the benchmark times: the given <c>geoneeds.dll</c>, or this repository's, built in Release first.</summary>
internal static class CliBuild
{
    public static string Dll(string? given)
    {
        if (given is not null)
        {
            return Path.GetFullPath(given);
        }

        var project = Path.Combine(BenchFiles.RepositoryRoot("--cli DLL"), "src", "GeoNeeds.Cli");
        Console.Error.WriteLine("building geoneeds (Release) ...");
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var argument in new[] { "build", project, "-c", "Release", "-v", "quiet", "-nologo" })
        {
            start.ArgumentList.Add(argument);
        }

        using var build = Process.Start(start)!;
        var output = build.StandardOutput.ReadToEnd();
        build.WaitForExit();
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException($"building {project} failed:\n{output}");
        }

        return Path.Combine(project, "bin", "Release", "net10.0", "geoneeds.dll");
    }
}

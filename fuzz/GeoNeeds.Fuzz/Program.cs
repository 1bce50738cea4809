using GeoNeeds.Fuzz;
using SharpFuzz;

// Runs one harness under afl-fuzz (fuzz/run.sh), or once on standard input to replay a saved finding.
if (args.Length != 1 || FuzzTargets.Find(args[0]) is not { } target)
{
    Console.Error.WriteLine($"usage: GeoNeeds.Fuzz TARGET < input; targets: {string.Join(", ", FuzzTargets.All.Select(t => t.Name))}");
    return 2;
}

// Out of process so that a stack overflow, which ends a .NET process outright, is still reported as a crash.
Fuzzer.OutOfProcess.Run(target.Run);
return 0;

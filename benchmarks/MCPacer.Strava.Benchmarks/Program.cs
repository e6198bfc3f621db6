using BenchmarkDotNet.Running;
using MCPacer.Strava.Benchmarks;

// Usage: dotnet run -c Release --project benchmarks/MCPacer.Strava.Benchmarks [-- --filter '*']
//        dotnet run -c Release --project benchmarks/MCPacer.Strava.Benchmarks -- first-summaries [--runs N]
if (args is ["first-summaries", .. var rest])
{
    return await FirstSummaries.RunAsync(rest);
}

BenchmarkSwitcher.FromAssembly(typeof(RunContextBenchmarks).Assembly).Run(args);
return 0;

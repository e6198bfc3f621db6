using BenchmarkDotNet.Running;
using MCPacer.Plans.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(PlanBenchmarks).Assembly).Run(args);

using BenchmarkDotNet.Running;
using MCPacer.Science.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(FitnessSeriesBenchmarks).Assembly).Run(args);

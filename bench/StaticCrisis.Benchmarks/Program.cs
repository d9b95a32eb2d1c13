using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/StaticCrisis.Benchmarks -- --filter '*'
// STATICCRISIS_BENCH_SITE=<folder> measures another site, e.g. bench/.work/corpus-1000/staticcrisis.
BenchmarkSwitcher.FromAssembly(typeof(StaticCrisis.Benchmarks.StageBenchmarks).Assembly).Run(args);

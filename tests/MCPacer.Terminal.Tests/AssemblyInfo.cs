// The tests count the processes of this test host in /proc; classes running side by side would count each other's.
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.None)]

// Real pseudo-terminals and /proc: like the service, the tests run on Linux.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]

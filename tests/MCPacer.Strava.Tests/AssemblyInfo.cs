using MCPacer.Testing;

// One redis-server for the whole test assembly: every service publishes its events on it.
[assembly: AssemblyFixture(typeof(RedisServer))]

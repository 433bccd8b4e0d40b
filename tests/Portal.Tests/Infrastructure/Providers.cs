namespace Portal.Tests.Infrastructure;

/// <summary>Theory data: every test that touches the store runs on both databases.</summary>
public static class Providers
{
    public static TheoryData<string> All => new() { "Sqlite", "Postgres" };
}

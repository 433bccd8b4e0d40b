namespace Portal.E2E.Infrastructure;

/// <summary>A browser test failed: what went wrong, the server's errors, and where the screenshot and HTML are.</summary>
public sealed class JourneyFailedException(string message, Exception? inner) : Exception(message, inner);

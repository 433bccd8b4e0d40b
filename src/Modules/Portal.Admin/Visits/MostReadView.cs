using Portal.Core.Visits;

namespace Portal.Admin.Visits;

/// <summary>One most-read list of the statistics page: its heading, test id, items and CSV address.</summary>
public sealed record MostReadView(string Heading, string TestId, IReadOnlyList<MostReadItem> Items, string CsvUrl);
